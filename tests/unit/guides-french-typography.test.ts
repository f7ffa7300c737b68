/**
 * French punctuation spacing: the one function the guides' plugin, the UI strings and the
 * finder's sentences share, and the UI strings of content/i18n/fr.json as its fixed points.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from '~/i18n/french-typography';
import { markdownToHtml } from 'satteri';
import frenchTypographyForFrenchDocs, { isFrenchDoc } from '../../config/rehype-french-typography';

const root = new URL('../..', import.meta.url).pathname;
const show = (text: string) => text.replaceAll(NNBSP, '⍽').replaceAll(NBSP, '·');

describe('frenchTypography', () => {
	it.each([
		['Qui contacter ?', 'Qui contacter⍽?'],
		['Attention !', 'Attention⍽!'],
		['un point ; un autre', 'un point⍽; un autre'],
		['Voir : la page', 'Voir·: la page'],
		['Quoi?', 'Quoi⍽?'],
		['Note: lisez', 'Note·: lisez'],
		['« MES COMMANDES »', '«⍽MES COMMANDES⍽»'],
		['«CHAT NOW»', '«⍽CHAT NOW⍽»'],
		['Vraiment ?!', 'Vraiment⍽?!'],
		['deux espaces  ?', 'deux espaces⍽?'],
		['une insécable\u00A0?', 'une insécable⍽?'],
	])('%s', (input, expected) => expect(show(frenchTypography(input))).toBe(expected));

	it.each([
		'à 10:30, heure de Pékin',
		'un écran 16:9',
		'https://www.aliexpress.com/p/help?lang=fr&x=1 : la page',
		'www.aliexpress.com/help?x=1',
		'page?id=1',
		'UTC+8',
		'',
	])('leaves %s alone where it must', (input) => {
		const out = frenchTypography(input);
		for (const token of input.split(' ').filter((t) => /[:?]\S/.test(t)))
			expect(out).toContain(token);
	});

	it('keeps the URL intact and fixes the colon after it', () => {
		expect(show(frenchTypography('https://a.example/x?y=1 : voir'))).toBe(
			'https://a.example/x?y=1·: voir'
		);
	});

	it('is idempotent and only ever changes white space', () => {
		const alphabet = fc.constantFrom(
			'a',
			'é',
			' ',
			'\u00A0',
			'\u202F',
			';',
			':',
			'!',
			'?',
			'«',
			'»',
			'1',
			'/',
			'.',
			'h',
			't',
			'p',
			's',
			'w',
			'\n'
		);
		fc.assert(
			fc.property(
				fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')),
				(text) => {
					const once = frenchTypography(text);
					expect(frenchTypography(once)).toBe(once);
					const strip = (t: string) => t.replace(/[\s\u00A0\u202F]/g, '');
					expect(strip(once)).toBe(strip(text));
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('content/i18n/fr.json', () => {
	const strings = JSON.parse(readFileSync(join(root, 'content/i18n/fr.json'), 'utf8')) as Record<
		string,
		string
	>;
	it.each(Object.entries(strings))('%s is already typeset', (_key, value) => {
		expect(show(value)).toBe(show(frenchTypography(value)));
	});
});

describe('the plugin on the guides', () => {
	const source = 'Qui contacter ? Voir : « ici ».\n\n`a ? b : c`\n\n```\nx ? y : z\n```\n';
	// Sätteri's result type is computed from its options; a plain signature keeps it simple here.
	const toHtml = markdownToHtml as (source: string, options: object) => { html: string };
	const render = (path: string) =>
		toHtml(source, {
			mdastPlugins: [frenchTypographyForFrenchDocs],
			fileURL: pathToFileURL(path),
		}).html;

	it('typesets French pages, outside code', () => {
		const html = show(render('/x/content/docs/fr/faq.mdx'));
		expect(html).toContain('Qui contacter⍽? Voir·: «⍽ici⍽».');
		expect(html).toContain('a ? b : c');
		expect(html).toContain('x ? y : z');
	});

	it('leaves other languages alone', () => {
		expect(render('/x/content/docs/en/faq.mdx')).toContain('Qui contacter ? Voir : « ici »');
	});

	it('reads the language from the path', () => {
		expect(isFrenchDoc('/w/content/docs/fr/refunds/index.mdx')).toBe(true);
		expect(isFrenchDoc('/w/content/docs/es/refunds/index.mdx')).toBe(false);
		expect(isFrenchDoc(undefined)).toBe(false);
	});
});

describe('French guides: what the plugin cannot reach is typeset in the source', () => {
	const dir = join(root, 'content/docs/fr');
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((n) =>
			statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]
		);
	// embed.mdx belongs to the embed's work (issue 14) and is checked in the build by tests/site.
	const files = walk(dir).filter((file) => !file.endsWith('embed.mdx'));
	it.each(files.map((file) => [relative(dir, file), readFileSync(file, 'utf8')]))(
		'%s',
		(_file, text) => {
			const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
			// Frontmatter values shown to readers (titles, descriptions, the home page's hero)…
			const values = [
				...frontmatter.matchAll(/^\s*(?:-\s+)?(?:title|description|tagline|text):\s*(.*)$/gm),
			].map((m) => m[1]!);
			// …and the string props of components (a card's title or description).
			const props = [...text.matchAll(/\b(?:title|description)="([^"]*)"/g)].map((m) => m[1]!);
			for (const value of [...values, ...props])
				expect(show(value)).toBe(show(frenchTypography(value)));
		}
	);
});
