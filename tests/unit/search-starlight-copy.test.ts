/**
 * Our Search override copies Starlight's search styles verbatim: this notices when Starlight
 * changes them (or moves on from the version named in the override), so the copy is updated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const starlightDir = new URL('../../node_modules/@astrojs/starlight/', import.meta.url).pathname;
const starlightVersion = (
	JSON.parse(readFileSync(join(starlightDir, 'package.json'), 'utf8')) as { version: string }
).version;
const theirs = readFileSync(join(starlightDir, 'dist/components/Search.astro'), 'utf8');
const ours = readFileSync(
	new URL('../../src/components/starlight/Search.astro', import.meta.url),
	'utf8'
);

const styles = (source: string) =>
	[...source.matchAll(/<style>[\s\S]*?<\/style>/g)].map((m) => m[0]);

describe('src/components/starlight/Search.astro', () => {
	it(`names the Starlight version it copies (${starlightVersion})`, () => {
		expect(ours).toContain(`@astrojs/starlight ${starlightVersion}`);
	});

	it("holds Starlight's scoped search styles verbatim", () => {
		expect(styles(ours)[0]).toBe(styles(theirs)[0]);
	});

	it("keeps Starlight's global search styles verbatim in search-pagefind.css, minus the eager import of Pagefind's CSS", () => {
		const stock = /<style is:global>\n([\s\S]*?)<\/style>/.exec(theirs)?.[1] ?? '';
		const expected = stock
			.replace("\t@import url('@pagefind/default-ui/css/ui.css') layer(starlight.core);\n", '')
			.replace(/^\t/gm, '');
		expect(expected).not.toContain('@import');
		const css = readFileSync(
			new URL('../../src/components/starlight/search-pagefind.css', import.meta.url),
			'utf8'
		);
		expect(css.replace(/^\/\*[\s\S]*?\*\/\n/, '').trim()).toBe(expected.trim());
	});
});
