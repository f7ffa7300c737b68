/**
 * One name for the finder per language: the finder page's title, and the words of every link to
 * it from the guides. (embed.mdx is the embed's own page, issue 14, and names it there.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PerLang } from '~/i18n/locales';

export const finderName: PerLang = {
	fr: 'Trouver le bon contact',
	en: 'Channel finder',
	es: 'Asistente de contacto',
};

const docs = join(new URL('../..', import.meta.url).pathname, 'content/docs');
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) =>
		statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]
	);

describe.each(Object.entries(finderName))('%s', (lang, name) => {
	it('is the finder page’s title', () => {
		expect(readFileSync(join(docs, lang, 'finder.mdx'), 'utf8')).toMatch(
			new RegExp(`^title: ${name}$`, 'm')
		);
	});
	const pages = walk(join(docs, lang)).filter((file) => !file.endsWith('embed.mdx'));
	it.each(pages.map((file) => [relative(docs, file), readFileSync(file, 'utf8')]))(
		'%s links to the finder by its name',
		(_file, text) => {
			const links = [
				...text.matchAll(new RegExp(`\\[([^\\]]+)\\]\\(/${lang}/finder/\\)`, 'g')),
			].map((m) => m[1]);
			const cards = [
				...text.matchAll(new RegExp(`title="([^"]+)"[^>]*href="/${lang}/finder/"`, 'g')),
			].map((m) => m[1]);
			for (const label of [...links, ...cards])
				expect(label?.toLowerCase()).toContain(name.toLowerCase());
		}
	);
});
