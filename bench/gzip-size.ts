/**
 * What a file of the build costs on the wire: its gzip size (level 9, as a static host that
 * precompresses serves it), or its raw size when it is already compressed (Pagefind's index).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const cache = new Map<string, number>();

export function wireBytes(file: string): number {
	let size = cache.get(file);
	if (size === undefined) {
		const raw = readFileSync(file);
		size = Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
		cache.set(file, size);
	}
	return size;
}
