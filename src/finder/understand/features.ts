/**
 * The features of a text for the classifier: accent-folded words, word pairs and the character
 * n-grams of each word (robust to typos and missing accents), with negation marked on the few
 * words after "pas", "not", "no"… so that "it is not lost" does not read as a lost parcel.
 */

/** Longest text read: a long story's problem is in its first few hundred words. */
export const maxChars = 2000;

const negations = new Set([
	// fr
	'ne',
	'n',
	'pas',
	'jamais',
	'aucun',
	'aucune',
	'sans',
	'ni',
	'non',
	// en
	'not',
	'no',
	'never',
	'dont',
	'didnt',
	'doesnt',
	'isnt',
	'wasnt',
	'havent',
	'hasnt',
	'cant',
	'cannot',
	'wont',
	'without',
	'nor',
	'nt',
	// es
	'nunca',
	'sin',
	'tampoco',
	'jamas',
	'ningun',
	'ninguna',
]);
/** Words a negation reaches. */
const negationScope = 2;

/** Lower case, accents and punctuation dropped: "Colis jamais arrivé !" → "colis jamais arrive". */
export function fold(text: string): string {
	return text
		.slice(0, maxChars)
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/n['’]t\b/g, 'nt')
		.replace(/['’`]/g, ' ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The feature strings of a text (its words, word pairs and their character n-grams). */
export function features(text: string): string[] {
	const words = fold(text).split(' ').filter(Boolean).slice(0, 400);
	const out: string[] = [];
	let negated = 0;
	let previous = '';
	for (const raw of words) {
		// Digits say nothing of the problem (order numbers, dates): one feature for all.
		const word = /^\d+$/.test(raw) ? '#' : raw;
		const mark = negated > 0 ? '!' : '';
		out.push(`w:${mark}${word}`);
		if (previous) out.push(`b:${previous}_${word}`);
		if (word.length > 2) {
			const padded = ` ${word} `;
			for (let n = 3; n <= 4; n++) {
				for (let i = 0; i + n <= padded.length; i++) out.push(`c:${padded.slice(i, i + n)}`);
			}
		}
		previous = word;
		if (negations.has(word)) negated = negationScope;
		else if (negated > 0) negated--;
	}
	return out;
}

/** FNV-1a, 32 bits: a feature's bucket. */
export function hash(feature: string, bits: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < feature.length; i++) {
		h ^= feature.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) % 2 ** bits;
}
