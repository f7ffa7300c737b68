/** The JavaScript files a built page loads, followed through their static imports, with gzip sizes. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** A site path (/_astro/x.js) or a path relative to `from` → a file in the build folder. */
function toFile(distDir: string, spec: string, from?: string): string | undefined {
	if (/^(https?:)?\/\//.test(spec)) return undefined;
	const path = spec.startsWith('/')
		? join(distDir, spec)
		: from
			? resolve(dirname(from), spec)
			: undefined;
	return path && existsSync(path) ? path : undefined;
}

/** Every file reachable from `entries` through static `import … from '…'` and `import '…'`. */
export function staticImportClosure(distDir: string, entries: string[]): string[] {
	const seen = new Set<string>();
	const queue = entries.map((e) => toFile(distDir, e)).filter((f): f is string => !!f);
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const match of code.matchAll(
			/(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.m?js)["']/g
		)) {
			const next = toFile(distDir, match[1]!, file);
			if (next && !seen.has(next)) queue.push(next);
		}
	}
	return [...seen];
}

/** The island scripts of a page: each `<astro-island>`'s component and renderer. */
export function islandEntries(html: string): string[] {
	return [...html.matchAll(/<astro-island[^>]*>/g)].flatMap((m) =>
		[...m[0].matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((u) => u[1]!)
	);
}

/** Module and classic scripts a page loads by itself (no interaction), with their imports. */
export function pageScripts(html: string): string[] {
	const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
	const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
		(m) => m[1]!
	);
	return [...srcs, ...preloads, ...islandEntries(html)];
}

export function totalGzip(files: string[]): number {
	return files.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
}
