import { describe, expect, it } from 'vitest';
import { finderMessages, letterMessages, problemHints } from '~/finder';
import { frenchTypography } from '~/i18n/french-typography';

/** Every string of a dictionary, by its path. */
function strings(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
	return [];
}

// The finder's French sentences are written with their spacing, so no code runs for it in the
// browser: each one is already what the typography function would make of it.
describe('the finder’s French sentences follow French typography', () => {
	it.each(strings({ ...finderMessages.fr, hints: problemHints.fr, letter: letterMessages.fr }))(
		'%s',
		(_path, text) => {
			expect(text).toBe(frenchTypography(text));
		}
	);
});
