import { describe, expect, it } from 'vitest';
import { embedLang, embedTheme } from '~/embed/lang';

describe('embedLang: the attribute, then the host page, then the browser, then French', () => {
	it.each([
		['its own attribute first', 'es', 'en', ['fr-FR'], 'es'],
		['a region or case in the attribute', 'EN-gb', 'fr', [], 'en'],
		['the host page when the attribute is missing', undefined, 'es-AR', ['en-US'], 'es'],
		['the host page when the attribute is blank', '  ', 'en', ['fr'], 'en'],
		['the host page when the attribute is a language we lack', 'de', 'es', ['fr'], 'es'],
		[
			'the browser when the page is in a language we lack',
			null,
			'pt-BR',
			['de-DE', 'en-US', 'fr'],
			'en',
		],
		['the browser when the page says nothing', null, '', ['es-MX'], 'es'],
		['French when nothing fits', 'it', 'de', ['ja', 'zh-CN'], 'fr'],
		['French with nothing at all', undefined, undefined, [], 'fr'],
	] as const)('%s', (_, attribute, pageLang, browserLangs, expected) => {
		expect(embedLang(attribute, pageLang, browserLangs)).toBe(expected);
	});
});

describe('embedTheme', () => {
	it.each([
		['light', 'light'],
		['dark', 'dark'],
		[' Dark ', 'dark'],
		['auto', 'auto'],
		['blue', 'auto'],
		['', 'auto'],
		[null, 'auto'],
		[undefined, 'auto'],
	] as const)('%j → %s', (attribute, expected) => {
		expect(embedTheme(attribute)).toBe(expected);
	});
});
