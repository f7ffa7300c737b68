/** The finder's pages in the build: static problem pages for every problem and language, no-JS lists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finderMessages, problemIds, recommend } from '~/finder';
import { langs } from '~/i18n/locales';
import { distDir } from '../../tooling/build-once';

const page = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const channelsIn = (html: string) =>
	[...html.matchAll(/data-channel="([a-z-]+)"/g)].map((m) => m[1]);

describe.each(langs)('/%s/problems/', (lang) => {
	it.each(problemIds)('%s: the ranked channels as plain HTML, no script', (problem) => {
		const html = page(`${lang}/problems/${problem}`);
		expect(html).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
		const title = /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
		expect(title).toBe(finderMessages[lang].problems[problem].label.replace(/'/g, '&#39;'));
		expect(channelsIn(html)).toEqual(recommend({ problem, lang }).channels.map((c) => c.id));
		expect(html).not.toContain('<astro-island');
		expect(html).toContain(`href="/${lang}/finder/?problem=${problem}"`);
	});
});

describe.each(langs)('/%s/finder/ without JavaScript', (lang) => {
	it('lists every problem page', () => {
		const html = page(`${lang}/finder`);
		for (const problem of problemIds)
			expect(html).toContain(`href="/${lang}/problems/${problem}/"`);
	});
	it('carries only its own language’s sentences in the island’s props', () => {
		const html = page(`${lang}/finder`);
		for (const other of langs.filter((l) => l !== lang)) {
			expect(html).not.toContain(
				finderMessages[other].ui.picker.describeHint.replace(/'/g, '&#39;')
			);
		}
	});
});

describe.each(langs)('/%s/ home', (lang) => {
	it('has the compact finder entry that opens the finder page with the problem', () => {
		const html = page(lang);
		expect(html).toMatch(new RegExp(`<form[^>]*action="/${lang}/finder/"[^>]*method="get"`));
		expect(html).toContain('name="problem"');
		for (const problem of problemIds) expect(html).toContain(`value="${problem}"`);
	});
});
