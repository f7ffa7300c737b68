/**
 * What the dialog does to a query before Pagefind sees it. Pagefind keeps only the pages that
 * hold every word of the query (in their text or keywords), with no stop words, no typo tolerance
 * and no folding of accents: so question and filler words ("where", « comment », «cuántos») are
 * dropped, and known misspellings and accentless spellings are mapped to the pages' words.
 * Pure and small: it ships in the dialog's script, one language's tables at a time.
 */
import { isLang, type Lang } from '~/i18n/locales';
import { queryWords, type QueryWords } from './query-words';

/** French and Italian-style elisions (l', d', qu'…) and both apostrophes. */
const apostrophe = /['’]/g;

export function cleanQuery(lang: Lang, text: string): string {
	return cleanWith(queryWords[lang], text);
}

/** The cleaned query's words, as the ranking takes them (src/search/rank.ts). */
export const cleanWords = (lang: Lang, text: string): string[] =>
	cleanQuery(lang, text).split(' ').filter(Boolean);

/** For a language read from the page: an unknown one gets the query as typed. */
export function cleanPageQuery(lang: string | undefined, text: string): string {
	return isLang(lang) ? cleanQuery(lang, text) : text;
}

export function cleanWith({ drop, fix }: QueryWords, text: string): string {
	const words = text
		.toLowerCase()
		.replace(apostrophe, ' ')
		.split(/[\s?!.,;:¿¡"«»()]+/)
		.filter(Boolean);
	const kept = words.map((word) => fix[word] ?? word).filter((word) => !drop.has(word));
	// A query made only of small words keeps them: better some results than none.
	return (kept.length ? kept : words).join(' ');
}
