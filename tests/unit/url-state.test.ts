import { describe, expect, it } from 'vitest';
import { readState, writeState } from '~/components/finder/url-state';
import { pickLanguage } from '~/i18n/pick-language';

describe('finder URL state', () => {
	it('round-trips', () => {
		const query =
			'?problem=parcel-lost&delivered=2026-01-02&completed=2026-01-05&seller=no-reply&priority=fast';
		expect(writeState(readState(query))).toBe(query);
	});
	it('drops unknown and malformed values', () => {
		expect(readState('?problem=teleport&seller=maybe&priority=now&x=1')).toEqual({});
	});
	it('keeps a date that is not one, so that the finder can say so', () => {
		expect(readState('?completed=2026-02-30&delivered=yesterday')).toEqual({
			completed: '2026-02-30',
			delivered: 'yesterday',
		});
	});
	it('keeps the home page’s description', () => {
		expect(readState('?q=colis+perdu')).toEqual({ q: 'colis perdu' });
	});
	it('writes nothing for an empty state', () => expect(writeState({})).toBe(''));
});

describe('pickLanguage', () => {
	it.each([
		[['es-MX', 'en'], 'es'],
		[['fr-CA'], 'fr'],
		[['de-DE', 'en-GB'], 'en'],
		[['EN'], 'en'],
	] as const)('%j → %s', (preferred, lang) => expect(pickLanguage(preferred)).toBe(lang));
	it('chooses nothing when the site has none of them', () =>
		expect(pickLanguage(['de', 'ja'])).toBeUndefined());
});
