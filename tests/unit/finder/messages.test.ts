import { describe, expect, it } from 'vitest';
import { finderMessages } from '~/finder';

/** Every string of a dictionary, by its path. */
function strings(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
	return [];
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = new Map(strings(finderMessages.en));

describe.each(['fr', 'es'] as const)('%s finder sentences', (lang) => {
	const local = strings(finderMessages[lang]);
	it('have exactly the English keys', () => {
		expect(local.map(([path]) => path).sort()).toEqual([...english.keys()].sort());
	});
	it.each(local.filter(([path]) => path !== 'lang'))('%s keeps the placeholders', (path, text) => {
		expect(text.trim()).not.toBe('');
		expect(placeholders(text)).toEqual(placeholders(english.get(path)!));
	});
});

describe('no fact is retyped in the sentences', () => {
	it.each(['fr', 'en', 'es'] as const)('%s has no day count, phone number or address', (lang) => {
		for (const [path, text] of strings(finderMessages[lang])) {
			expect(text, path).not.toMatch(/\b(15|60|200)\b/);
			expect(text, path).not.toMatch(/571|8502|2088|Réaumur|Wen Yi|75002|311121/);
			expect(text, path).not.toMatch(/@|https?:|www\./);
		}
	});
});
