/**
 * Builds the site before the tests that read dist/, unless dist/ is newer than every source file.
 * Set SKIP_BUILD=1 to test whatever dist/ holds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const stamp = join(root, 'dist/.build-stamp');
const sources = ['content', 'src', 'pages', 'public', 'scripts', 'astro.config.mjs', 'content.config.ts', 'package-lock.json'];

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function distIsFresh(): boolean {
	return existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...sources.map((s) => newest(join(root, s))));
}

export default function setup() {
	if (process.env.SKIP_BUILD || distIsFresh()) return;
	const started = Date.now();
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
