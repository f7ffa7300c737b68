/**
 * Guards over the guides' sources: the same pages in every language, a title and a description
 * on each, and no fact typed by hand (emails, phone numbers, addresses, outside links).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedLinkDomains, phone, postalAddresses } from '~/data';
import { langs } from '~/i18n/locales';
import { siteStringKeys } from '~/i18n/site-strings';

const root = new URL('../..', import.meta.url).pathname;
const docs = join(root, 'content/docs');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}
const pagesOf = (lang: string) =>
	files(join(docs, lang))
		.map((f) => relative(join(docs, lang), f))
		.sort();
const allGuides = langs.flatMap((lang) =>
	files(join(docs, lang)).map((file) => [relative(root, file), readFileSync(file, 'utf8')] as const)
);

/** Digits only: "(+86) 571-8502-2088" → "8657185022088". */
const digits = (text: string) => text.replace(/\D/g, '');
const dataPhone = digits(phone.display);
const dataAddressLines = Object.values(postalAddresses).flatMap((a) => a.lines);

export function phoneNumbersIn(text: string): string[] {
	return [...text.matchAll(/\+?\(?\d[\d\s().-]{6,}\d/g)]
		.map((m) => m[0])
		.filter((m) => digits(m).length >= 8 && !/^\d{4}-\d{2}-\d{2}$/.test(m.trim()));
}
export function streetLinesIn(text: string): string[] {
	return [
		...text.matchAll(
			/\b\d{1,5},?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|road|rd\.|street|st\.|lane|calle|avenida|paseo|plaza)\b[^\n<]*/gi
		),
	].map((m) => m[0]);
}
export function emailsIn(text: string): string[] {
	return [
		...text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g),
	].map((m) => m[0]);
}
export function outsideLinksIn(text: string): string[] {
	const urls = [...text.matchAll(/(?:https?:)?\/\/[^\s)"'<>]+|\bwww\.[^\s)"'<>]+/gi)].map(
		(m) => m[0]
	);
	return urls.filter((url) => {
		const host = new URL(
			url.startsWith('www.') ? `https://${url}` : url.startsWith('//') ? `https:${url}` : url
		).hostname;
		return !allowedLinkDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
	});
}

describe('every page exists in every language', () => {
	it.each(langs.slice(1))('%s has the same files as the default language', (lang) => {
		expect(pagesOf(lang)).toEqual(pagesOf(langs[0]!));
	});
	it.each(langs)('content/i18n/%s.json has every one of our UI strings', (lang) => {
		const strings = JSON.parse(readFileSync(join(root, 'content/i18n', `${lang}.json`), 'utf8'));
		for (const key of siteStringKeys) expect(strings[key], key).toMatch(/\S/);
	});
});

describe.each(allGuides)('%s', (_file, text) => {
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	it('has a title and a description', () => {
		expect(frontmatter).toMatch(/^title:\s*\S/m);
		expect(frontmatter).toMatch(/^description:\s*\S/m);
	});
	it('types no email address', () => expect(emailsIn(text)).toEqual([]));
	it('types no phone number but the data module’s', () => {
		for (const number of phoneNumbersIn(text)) expect(digits(number)).toBe(dataPhone);
	});
	it('types no street address but the data module’s', () => {
		for (const line of streetLinesIn(text)) expect(dataAddressLines).toContain(line.trim());
	});
	it('links to no domain outside the allow-list, and never to the third-party chat', () => {
		expect(outsideLinksIn(text)).toEqual([]);
		expect(text).not.toMatch(/aliever/i);
	});
});

describe('the detectors themselves', () => {
	it('find what they look for', () => {
		expect(emailsIn('write to help@aliexpress.com now')).toEqual(['help@aliexpress.com']);
		expect(phoneNumbersIn('call +33 1 23 45 67 89 or (+86) 571-8502-2088')).toHaveLength(2);
		expect(phoneNumbersIn('on 2026-01-15, order 12345')).toEqual([]);
		expect(streetLinesIn('write to 12 rue de la Paix, Paris')).toEqual([
			'12 rue de la Paix, Paris',
		]);
		expect(
			outsideLinksIn(
				'[x](https://www.aliexpress.com/help) [y](https://example.org/) www.aliever.com/live-chat'
			)
		).toEqual(['https://example.org/', 'www.aliever.com/live-chat']);
	});
});
