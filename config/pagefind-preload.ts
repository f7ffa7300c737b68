/**
 * Tells each page's search which Pagefind files its language needs, so that the browser can fetch
 * them all at once at the first sign of a search. Pagefind loads them one round trip after
 * another (script, entry, metadata, then the index once its WebAssembly runs) and their names
 * carry content hashes that exist only once Starlight has run Pagefind at the end of the build:
 * this integration, listed after Starlight, then writes them onto `<site-search>` in the built
 * pages (`data-pagefind-files`, read by src/search/site-search.ts). Measured on a slow phone:
 * bench/search-twin.ts.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizeBudgets } from './budgets.ts';
import { htmlFiles, listFiles } from './built-files.ts';

/** A file of the Pagefind bundle: its path under `pagefind/` and its size in bytes. */
export type BundleFile = ReturnType<typeof listFiles>[number];

/**
 * The files a search in `lang` needs besides Pagefind's script and WebAssembly: the language's
 * metadata, its index chunks when they are few enough to fetch before knowing the words (a small
 * site has one chunk per language; a larger one leaves them to the reader's keystrokes), and its
 * filters.
 */
export function languageFiles(bundle: BundleFile[], lang: string, maxIndexBytes: number): string[] {
	// Pagefind names each file `<prefix><lang>_<hash><extension>`.
	const ofLanguage = (prefix: string, extension: string) =>
		bundle.filter(({ path }) => path.startsWith(`${prefix}${lang}_`) && path.endsWith(extension));
	const meta = ofLanguage('pagefind.', '.pf_meta');
	if (meta.length !== 1) return [];
	const chunks = ofLanguage('index/', '.pf_index');
	const indexBytes = chunks.reduce((sum, { bytes }) => sum + bytes, 0);
	// The filters' chunks are small; a long query reads one (src/search/ranked-search.ts).
	const filters = ofLanguage('filter/', '.pf_filter');
	return [meta[0]!, ...(indexBytes <= maxIndexBytes ? chunks : []), ...filters].map(
		({ path }) => path
	);
}

/** The page's language, as Pagefind reads it: `<html lang>`, lower case. */
export const pageLang = (html: string): string | undefined =>
	/<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase();

/** The page with the files written onto its `<site-search>` (unchanged if it has none). */
export const withPreloadFiles = (html: string, files: string[]): string =>
	files.length
		? html.replace(/<site-search\b/, `<site-search data-pagefind-files="${files.join(' ')}"`)
		: html;

/** Writes the language's files onto every built page that has a search; returns the count. */
export function writePreloadFiles(dir: string): number {
	const bundleDir = join(dir, 'pagefind');
	const bundle = listFiles(bundleDir);
	let written = 0;
	for (const file of htmlFiles(dir)) {
		const html = readFileSync(file, 'utf8');
		const lang = pageLang(html);
		if (!lang || !html.includes('<site-search')) continue;
		const files = languageFiles(bundle, lang, sizeBudgets.preloadedIndex);
		const updated = withPreloadFiles(html, files);
		if (updated === html) continue;
		writeFileSync(file, updated);
		written++;
	}
	return written;
}

export function pagefindPreload(): AstroIntegration {
	return {
		name: 'aliexpress-help:pagefind-preload',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const bundle = join(fileURLToPath(dir), 'pagefind');
				// The stock twin and a build without search have no bundle to point at.
				if (!statSync(bundle, { throwIfNoEntry: false })?.isDirectory()) return;
				logger.info(`search files named on ${writePreloadFiles(fileURLToPath(dir))} pages`);
			},
		},
	};
}
