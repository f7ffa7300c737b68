/**
 * The corpus keeps the size issue 10 asks for: at least 150 examples for every problem in every
 * language, no line twice, and two-problem texts whose labels are problems.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemIds } from '~/finder/types';
import { langs } from '~/i18n/locales';

const lines = (lang: string, file: string) =>
	readFileSync(new URL(`../../../corpus/finder/${lang}/${file}`, import.meta.url), 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

describe.each(langs)('the %s corpus', (lang) => {
	it.each(problemIds)('holds at least 150 distinct examples of %s', (problem) => {
		const examples = lines(lang, `${problem}.txt`);
		expect(examples.length).toBeGreaterThanOrEqual(150);
		expect(new Set(examples).size).toBe(examples.length);
	});

	it('never gives one text two different problems', () => {
		const all = problemIds.flatMap((problem) => lines(lang, `${problem}.txt`));
		expect(new Set(all).size).toBe(all.length);
	});

	it('holds at least 40 two-problem texts, labelled with two problems', () => {
		const mixed = lines(lang, '_mixed.txt');
		expect(mixed.length).toBeGreaterThanOrEqual(40);
		for (const line of mixed) {
			const [labels = '', text] = line.split('\t');
			const [main, second] = labels.split(',');
			expect(problemIds, line).toContain(main);
			expect(problemIds, line).toContain(second);
			expect(main, line).not.toBe(second);
			expect(text?.length, line).toBeGreaterThan(5);
		}
	});
});
