/**
 * French punctuation spacing, as a French reader expects it and so that a lone « ? » or « : »
 * never wraps to the next line on a phone: a narrow no-break space (U+202F) before ; ! ? and
 * inside « », a no-break space (U+00A0) before :. One pure function, used by the rehype plugin
 * for the guides, checked against the UI strings, and applied by the finder to its sentences.
 *
 * Idempotent; leaves URLs, e-mail-like tokens, times (10:30), ratios (16:9), "?!" pairs and
 * punctuation glued inside a word (a query string "?id=1") alone.
 */

export const NNBSP = '\u202F';
export const NBSP = '\u00A0';

/** Spaces that may stand before French high punctuation: any white space (a line break too), no-break, narrow, thin. */
const SPACES = '[\\s\\u00A0\\u202F\\u2009]';
/** What may end a word just before the punctuation when the writer left no space at all. */
const WORD_END = '[\\p{L}\\p{N}»)\\]’\'"…]';
/** After the punctuation: a space, the end, or closing punctuation; never a word character. */
const AFTER = '(?=$|[\\s)\\]»"’.,;:!?…]|\\u00A0|\\u202F)';

/** Tokens never touched: URLs, www addresses, e-mail-like tokens. */
const PROTECTED = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

const highBefore = new RegExp(`${SPACES}+([;!?])`, 'gu');
const highGlued = new RegExp(`(${WORD_END})([;!?])${AFTER}`, 'gu');
const colonBefore = new RegExp(`${SPACES}+:`, 'gu');
const colonGlued = new RegExp(`(${WORD_END}):${AFTER}`, 'gu');
const openQuote = new RegExp(`«${SPACES}*(?=\\S)`, 'gu');
const closeQuote = new RegExp(`(?<=\\S)${SPACES}*»`, 'gu');

function fixPlain(text: string): string {
	return text
		.replace(highBefore, `${NNBSP}$1`)
		.replace(highGlued, `$1${NNBSP}$2`)
		.replace(colonBefore, `${NBSP}:`)
		.replace(colonGlued, `$1${NBSP}:`)
		.replace(openQuote, `«${NNBSP}`)
		.replace(closeQuote, `${NNBSP}»`);
}

/** The text with French spacing around ; : ! ? « », URLs and the like left as they are. */
export function frenchTypography(text: string): string {
	if (typeof text !== 'string' || text === '') return text;
	let out = '';
	let last = 0;
	for (const match of text.matchAll(PROTECTED)) {
		out += fixPlain(text.slice(last, match.index)) + match[0];
		last = match.index + match[0].length;
	}
	return out + fixPlain(text.slice(last));
}
