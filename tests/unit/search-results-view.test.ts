/**
 * The search dialog's results view keeps the rules of Pagefind's default UI: the same sections
 * under a page (checked against the function in @pagefind/default-ui's own source), the same
 * sentences with Pagefind's placeholders, and Pagefind's CSS applying without Svelte's classes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unscopedCss } from '~/search/dialog';
import { dialogStrings } from '~/search/dialog-strings';
import type { PagefindSubResult } from '~/search/engine';
import { openingWords, sectionsOf, thinSubResults } from '~/search/results-view';

const require = createRequire(import.meta.url);
const uiRoot = dirname(require.resolve('@pagefind/default-ui/package.json'));
const svelte = readFileSync(join(uiRoot, 'svelte/result_with_subs.svelte'), 'utf8');

/** The original `thin_sub_results`, taken from the Svelte component's script. */
const originalThin = (() => {
	const source = /const thin_sub_results = (\([\s\S]*?\n {2}\});/.exec(svelte)?.[1];
	if (!source) throw new Error('thin_sub_results not found: @pagefind/default-ui has changed');
	return new Function(`return ${source}`)() as (
		results: PagefindSubResult[],
		limit: number
	) => PagefindSubResult[];
})();

const subResult = fc.record({
	title: fc.string(),
	url: fc.string({ minLength: 1 }).map((s) => `/page/#${s}`),
	excerpt: fc.string(),
	locations: fc.array(fc.nat(), { maxLength: 8 }),
});
const uniqueSubs = fc.uniqueArray(subResult, { selector: (s) => s.url, maxLength: 9 });

describe('the sections under a result', () => {
	it('are the ones Pagefind’s default UI shows, for any sections', () => {
		fc.assert(
			fc.property(uniqueSubs, (subs) => {
				expect(thinSubResults(subs, 3)).toEqual(originalThin(subs, 3));
			})
		);
	});

	it('leave out the page itself when it comes first, and keep its excerpt', () => {
		const subs = [
			{ title: 'Page', url: '/fr/refunds/', excerpt: 'a', locations: [1] },
			{ title: 'Délais', url: '/fr/refunds/#delais', excerpt: 'b', locations: [2, 3] },
		];
		const data = { url: '/fr/refunds/', excerpt: 'a', meta: { title: 'Page' }, sub_results: subs };
		expect(sectionsOf(data)).toEqual({ hasRoot: true, sections: [subs[1]] });
		expect(sectionsOf({ ...data, sub_results: subs.slice(1) })).toEqual({
			hasRoot: false,
			sections: [subs[1]],
		});
	});
});

describe('the dialog’s sentences', () => {
	const fr = dialogStrings(
		JSON.stringify({
			many_results: '[COUNT] résultats pour [SEARCH_TERM]',
			zero_results: 'Aucun résultat pour [SEARCH_TERM]',
		})
	);

	it('fill in the count, written the language’s way, and the words typed', () => {
		expect(fr.count(1200, 'colis perdu', 'fr')).toBe('1\u202f200 résultats pour colis perdu');
		expect(fr.count(0, 'adresse', 'fr')).toBe('Aucun résultat pour adresse');
	});

	it('fall back to Pagefind’s English for a missing or broken translation', () => {
		expect(fr.count(1, 'x', 'fr')).toBe('1 result for x');
		expect(dialogStrings('{not json').clear).toBe('Clear');
		expect(dialogStrings(undefined).searching('refund')).toBe('Searching for refund...');
	});
});

describe('Pagefind’s CSS', () => {
	const css = readFileSync(join(uiRoot, 'css/ui.css'), 'utf8');

	it('loses only Svelte’s scoping classes', () => {
		const unscoped = unscopedCss(css);
		expect(unscoped).not.toMatch(/svelte-/);
		for (const name of ['result', 'result-link', 'result-nested', 'message', 'search-clear']) {
			expect(unscoped).toContain(`.pagefind-ui__${name}`);
		}
	});
});

describe('a page found without any word of the query on it', () => {
	it('shows its first thirty words, as plain text', () => {
		const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
		expect(openingWords(words.join(' '))).toBe(`${words.slice(0, 30).join(' ')}…`);
		expect(openingWords('  Mi paquete\n nunca  llegó. ')).toBe('Mi paquete nunca llegó.');
		expect(openingWords(undefined)).toBe('');
	});
});
