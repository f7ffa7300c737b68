/**
 * Every page with a search names the Pagefind files its language needs (config/pagefind-preload.ts),
 * and they are the files Pagefind built: its metadata, index and filters, never another
 * language's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../tooling/build-once';
import { htmlFiles } from '../support/site-pages';

const pages = htmlFiles(distDir)
	.map((file) => ({ file, html: readFileSync(join(distDir, file), 'utf8') }))
	.filter(({ html }) => html.includes('<site-search'));

describe('the search files named on each page', () => {
	it('finds pages with a search in every language', () => {
		expect(pages.length).toBeGreaterThan(30);
	});

	it.each(pages.map(({ file, html }) => [file, html] as const))('%s', (_file, html) => {
		const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)![1]!.toLowerCase();
		const named = /<site-search[^>]*\bdata-pagefind-files="([^"]*)"/.exec(html)?.[1]?.split(' ');
		expect(named).toEqual([
			expect.stringMatching(new RegExp(`^pagefind\\.${lang}_[0-9a-f]+\\.pf_meta$`)),
			expect.stringMatching(new RegExp(`^index/${lang}_[0-9a-f]+\\.pf_index$`)),
			expect.stringMatching(new RegExp(`^filter/${lang}_[0-9a-f]+\\.pf_filter$`)),
		]);
		for (const file of named!) expect(existsSync(join(distDir, 'pagefind', file)), file).toBe(true);
	});
});

describe('the problem pages', () => {
	const problemPages = pages.filter(({ file }) => /^[a-z]{2}\/problems\//.test(file));

	it.each(problemPages.map(({ file, html }) => [file, html] as const))(
		'%s carries its problem as a search filter',
		(file, html) => {
			const problem = file.split('/')[2];
			expect(html).toContain(`data-pagefind-filter="problem:${problem}"`);
		}
	);

	it('are all there', () => expect(problemPages.length).toBe(39));
});
