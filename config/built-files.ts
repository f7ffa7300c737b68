/** The files of a built site, for the integrations that finish it (config/headers.ts, …). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`: its path relative to `dir` (with `/`) and its size in bytes. */
export function listFiles(dir: string, prefix = ''): { path: string; bytes: number }[] {
	return readdirSync(join(dir, prefix)).flatMap((name) => {
		const path = prefix ? `${prefix}/${name}` : name;
		const stats = statSync(join(dir, path));
		return stats.isDirectory() ? listFiles(dir, path) : [{ path, bytes: stats.size }];
	});
}

/** Every HTML page under `dir`, as full paths. */
export const htmlFiles = (dir: string): string[] =>
	listFiles(dir)
		.filter(({ path }) => path.endsWith('.html'))
		.map(({ path }) => join(dir, path));
