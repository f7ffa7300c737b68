/**
 * config/pagefind-preload.ts: which of Pagefind's files a page's search fetches ahead, and how
 * their names reach the page.
 */
import { describe, expect, it } from 'vitest';
import { languageFiles, pageLang, withPreloadFiles } from '../../config/pagefind-preload';

const bundle = [
	{ path: 'pagefind.js', bytes: 47_000 },
	{ path: 'wasm.fr.pagefind', bytes: 60_000 },
	{ path: 'pagefind.fr_5e96.pf_meta', bytes: 334 },
	{ path: 'pagefind.en_ccc7.pf_meta', bytes: 335 },
	{ path: 'index/fr_d686.pf_index', bytes: 21_000 },
	{ path: 'index/en_537e.pf_index', bytes: 18_000 },
	{ path: 'fragment/fr_2ea3.pf_fragment', bytes: 1_600 },
	{ path: 'filter/fr_10fa.pf_filter', bytes: 300 },
];

describe('languageFiles', () => {
	it("names the language's metadata and its index, and nothing of another language", () => {
		expect(languageFiles(bundle, 'fr', 32_000)).toEqual([
			'pagefind.fr_5e96.pf_meta',
			'index/fr_d686.pf_index',
			'filter/fr_10fa.pf_filter',
		]);
		expect(languageFiles(bundle, 'en', 32_000)).toEqual([
			'pagefind.en_ccc7.pf_meta',
			'index/en_537e.pf_index',
		]);
	});

	it('leaves an index larger than the cap to the keystrokes, all its chunks together', () => {
		const large = [...bundle, { path: 'index/fr_9f0a.pf_index', bytes: 20_000 }];
		expect(languageFiles(large, 'fr', 32_000)).toEqual([
			'pagefind.fr_5e96.pf_meta',
			'filter/fr_10fa.pf_filter',
		]);
		expect(languageFiles(large, 'fr', 41_000)).toHaveLength(4);
	});

	it('names nothing for a language Pagefind did not index', () => {
		expect(languageFiles(bundle, 'es', 32_000)).toEqual([]);
	});
});

describe('the page', () => {
	it('reads the language Pagefind reads, from <html lang>, in lower case', () => {
		expect(pageLang('<!doctype html><html dir="ltr" lang="fr" data-theme="dark">')).toBe('fr');
		expect(pageLang('<html lang="pt-BR">')).toBe('pt-br');
		expect(pageLang('<html>')).toBeUndefined();
	});

	it('writes the names onto <site-search> only, once', () => {
		const html = '<site-search id="search" data-lang="fr"><button></button></site-search>';
		expect(withPreloadFiles(html, ['a.pf_meta', 'index/b.pf_index'])).toBe(
			'<site-search data-pagefind-files="a.pf_meta index/b.pf_index" id="search" data-lang="fr"><button></button></site-search>'
		);
		expect(withPreloadFiles(html, [])).toBe(html);
		expect(withPreloadFiles('<main></main>', ['a.pf_meta'])).toBe('<main></main>');
	});
});
