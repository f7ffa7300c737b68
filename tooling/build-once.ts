/**
 * Builds the site before the tests that read the build, unless the build is newer than every
 * source file. DIST_DIR picks another output folder (default dist/); SKIP_BUILD=1 tests whatever
 * the folder holds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(new URL('..', import.meta.url).pathname);
export const distDir = resolve(root, process.env.DIST_DIR ?? 'dist');
const stamp = join(distDir, '.build-stamp');
const sources = [
	'content',
	'src',
	'pages',
	'public',
	'astro.config.mjs',
	'content.config.ts',
	'package-lock.json',
];

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	// The embed's build output lives in public/embed: it is made from src/, not a source.
	if (path.endsWith(join('public', 'embed'))) return 0;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function distIsFresh(): boolean {
	return (
		existsSync(stamp) &&
		statSync(stamp).mtimeMs >= Math.max(...sources.map((s) => newest(join(root, s))))
	);
}

export default function setup() {
	if (process.env.SKIP_BUILD || distIsFresh()) return;
	const started = Date.now();
	execFileSync('npm', ['run', 'build', '--silent', '--', '--outDir', distDir], {
		cwd: root,
		// Vitest sets NODE_ENV=test: the build is a production one, as `npm run build` makes it.
		env: { ...process.env, NODE_ENV: 'production' },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	writeFileSync(stamp, new Date().toISOString());
	console.log(`built ${distDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
