/**
 * The site's Content-Security-Policy, in one place: `astro.config.mjs` hands it to Astro (which
 * writes it into every page's <meta>), and `headers.ts` sends the same policy as a header.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const directives = [
	"default-src 'self'",
	// Starlight's and Pagefind's CSS draw icons with data: SVG masks.
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

/** Pagefind's search runs WebAssembly. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/**
 * Styles cannot run code, and Astro 7 leaves out of its hashes the <style> it inlines for
 * components used in MDX guides (ChatPath, FinderEntry): allow inline styles.
 */
export const styleResources = ["'self'", "'unsafe-inline'"];

/** The SHA-256 CSP source of a script body. */
export function scriptHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * CSP hashes of Starlight's own `<script is:inline>` blocks (theme, sidebar state, tabs), read from
 * the installed Starlight so they follow its updates: Astro hashes the scripts it bundles, not
 * `is:inline` ones.
 * @see https://github.com/withastro/astro/issues/16678
 */
export function starlightInlineScriptHashes(): string[] {
	const root = dirname(
		createRequire(import.meta.url).resolve('@astrojs/starlight/components/Footer.astro')
	);
	const hashes = new Set<string>();
	for (const dir of [root, join(root, '../user-components')]) {
		for (const file of readdirSync(dir).filter((name) => name.endsWith('.astro'))) {
			const source = readFileSync(join(dir, file), 'utf8');
			for (const [, body] of source.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)) {
				// Astro's config takes the hash without quotes.
				hashes.add(scriptHash(body!).slice(1, -1));
			}
		}
	}
	return [...hashes];
}

/** Astro's `security.csp` option. */
export function astroCsp() {
	return {
		directives,
		scriptDirective: { resources: scriptResources, hashes: starlightInlineScriptHashes() },
		styleDirective: { resources: styleResources },
	};
}
