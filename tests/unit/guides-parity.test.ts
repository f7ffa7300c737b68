/**
 * Pages of equal substance in every language: each guide's word count is at least 70 % of the
 * longest of its versions, and the FAQ asks the same questions, in the same order, everywhere
 * (each question carries a `{/* faq: id *\/}` marker; a FirstStep in it names the same problem).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '~/i18n/locales';

const docs = join(new URL('../..', import.meta.url).pathname, 'content/docs');
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) =>
		statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]
	);
const pages = walk(join(docs, langs[0]!))
	.map((file) => relative(join(docs, langs[0]!), file))
	.sort();
const read = (lang: string, page: string) => readFileSync(join(docs, lang, page), 'utf8');

/** The words a reader reads: no frontmatter, imports, comments, markup or link targets. */
export function wordCount(mdx: string): number {
	const body = mdx
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/^import .*$/gm, '')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/\]\([^)]*\)/g, ']')
		// A card's title and description are read; the rest of a tag is not.
		.replace(
			/<\/?[A-Za-z][^>]*>/g,
			(tag) =>
				[...tag.matchAll(/\b(?:title|description)="([^"]*)"/g)].map((m) => m[1]).join(' ') || ' '
		);
	return body.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)?.length ?? 0;
}

describe.each(pages)('%s', (page) => {
	const counts = Object.fromEntries(langs.map((lang) => [lang, wordCount(read(lang, page))]));
	const longest = Math.max(...Object.values(counts));
	it.each(langs)('in %s has at least 70 % of the longest version’s words', (lang) => {
		expect(counts[lang], JSON.stringify(counts)).toBeGreaterThanOrEqual(0.7 * longest);
	});
});

/** The FAQ's questions in order, each as its marker id and the FirstStep problem under it. */
export function faqQuestions(mdx: string): { id: string; problem?: string }[] {
	const sections = mdx.split(/^## /m).slice(1);
	return sections.map((section) => ({
		id: /\{\/\*\s*faq:\s*([a-z-]+)\s*\*\/\}/.exec(section)?.[1] ?? '(no marker)',
		problem: /<FirstStep problem="([a-z-]+)"/.exec(section)?.[1],
	}));
}

describe('the FAQ', () => {
	const [first, ...others] = langs.map((lang) => faqQuestions(read(lang, 'faq.mdx')));
	it('marks every question, and a question’s first step is its own problem', () => {
		for (const question of first!) {
			expect(question.id).not.toBe('(no marker)');
			if (question.problem) expect(question.problem).toBe(question.id);
		}
	});
	it.each(langs.slice(1).map((lang, i) => [lang, others[i]] as const))(
		'has the same questions in the same order in %s',
		(_lang, questions) => {
			expect(questions).toEqual(first);
		}
	);
});
