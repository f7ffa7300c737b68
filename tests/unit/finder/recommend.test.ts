import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelIds } from '~/data/channels';
import {
	finderMessages,
	recommend,
	priorities,
	problemIds,
	sellerStatuses,
	type FinderInput,
	type Lang,
} from '~/finder';

const langs: Lang[] = ['fr', 'en', 'es'];

describe('recommend', () => {
	it('is the same for the same input', () => {
		const input: FinderInput = {
			problem: 'parcel-lost',
			lang: 'fr',
			today: '2026-03-01',
			deliveredOn: '2026-02-01',
			seller: 'no-reply',
		};
		expect(recommend(input)).toEqual(recommend({ ...input }));
	});

	it.each(langs)('writes every sentence in %s and links to that language’s guides', (lang) => {
		const result = recommend({
			problem: 'damaged-item',
			lang,
			today: '2026-03-01',
			completedOn: '2026-02-20',
		});
		const messages = finderMessages[lang];
		for (const channel of result.channels) {
			expect(channel.name).toBe(messages.channels[channel.id].name);
			// Every reason is one of the language's sentences, with its values filled in.
			for (const reason of channel.reasons) {
				const shapes = Object.values(messages.reasons).map(
					(t) =>
						new RegExp(
							`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.+')}$`,
							'i'
						)
				);
				expect(
					shapes.some((shape) => shape.test(reason)),
					reason
				).toBe(true);
			}
			expect(channel.guide).toMatch(new RegExp(`^/${lang}/[a-z/-]+/$`));
		}
		expect(result.deadlines[0]!.sentence).not.toMatch(/[{}]/);
	});

	it('gives each deadline its end date and the days left, in words of the language', () => {
		const [refund] = recommend({
			problem: 'late-delivery',
			lang: 'fr',
			today: '2026-03-10',
			completedOn: '2026-03-01',
		}).deadlines;
		expect(refund).toMatchObject({
			clock: 'refund',
			startsOn: '2026-03-01',
			endsOn: '2026-03-16',
			daysLeft: 6,
			passed: false,
		});
		expect(refund!.sentence).toContain('16 mars 2026');
		expect(refund!.sentence).toContain('6 jours');
		const [one] = recommend({
			problem: 'late-delivery',
			lang: 'en',
			today: '2026-03-15',
			completedOn: '2026-03-01',
		}).deadlines;
		expect(one!.sentence).toContain('1 day left');
		const [last] = recommend({
			problem: 'late-delivery',
			lang: 'es',
			today: '2026-03-16',
			completedOn: '2026-03-01',
		}).deadlines;
		expect(last!.daysLeft).toBe(0);
		expect(last!.sentence).toMatch(/hoy|último/i);
	});

	it('reports bad and future dates instead of using them', () => {
		const result = recommend({
			problem: 'parcel-lost',
			lang: 'en',
			today: '2026-03-10',
			deliveredOn: '2026-02-30',
			completedOn: '2027-01-01',
		});
		expect(result.deadlines).toEqual([]);
		expect(result.dateProblems.map((p) => p.field)).toEqual(['completedOn', 'deliveredOn']);
		expect(result.dateProblems[1]!.sentence).toContain('2026-02-30');
		expect(result.dateProblems[0]!.sentence).toMatch(/future/);
	});

	it('reports a date that cannot even be turned into text', () => {
		const broken = { toString: [] } as unknown as string;
		const result = recommend({
			problem: 'parcel-lost',
			lang: 'en',
			today: '2026-03-10',
			completedOn: broken,
		});
		expect(result.dateProblems).toEqual([
			expect.objectContaining({ field: 'completedOn', value: '[object Object]' }),
		]);
	});

	it('falls back to defaults for unknown values', () => {
		const result = recommend({
			problem: 'nope',
			lang: 'de',
			seller: 'maybe',
			priority: 'now',
			today: 'soon',
		} as unknown as FinderInput);
		expect(result.lang).toBe('fr');
		expect(problemIds).toContain(result.problem);
		expect(result.channels).toHaveLength(8);
		expect(result.dateProblems).toEqual([
			expect.objectContaining({ field: 'today', value: 'soon' }),
		]);
	});
});

describe('property: no input throws, and every answer is whole', () => {
	const junk = fc.oneof(
		fc.string(),
		fc.integer(),
		fc.constant(null),
		fc.constant(undefined),
		fc.object(),
		fc.date().map(String)
	);
	const date = fc.oneof(
		fc
			.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10)),
		junk
	);
	const input = fc.record(
		{
			problem: fc.oneof(fc.constantFrom(...problemIds), junk),
			lang: fc.oneof(fc.constantFrom(...langs), junk),
			today: date,
			deliveredOn: date,
			completedOn: date,
			seller: fc.oneof(fc.constantFrom(...sellerStatuses), junk),
			priority: fc.oneof(fc.constantFrom(...priorities), junk),
		},
		{ requiredKeys: [] }
	);

	it('thousands of random inputs', () => {
		fc.assert(
			fc.property(input, (raw) => {
				const result = recommend(raw as unknown as FinderInput);
				const lang = langs.includes(raw.lang as Lang) ? (raw.lang as Lang) : 'fr';
				expect(result.lang).toBe(lang);
				expect(result.channels.map((c) => c.id).sort()).toEqual([...channelIds].sort());
				expect(result.channels[0]!.id).not.toBe('phone');
				const names = [
					...Object.values(finderMessages[lang].channels).map((c) => c.name),
					finderMessages[lang].existingDispute.name,
				];
				for (const channel of result.channels) {
					expect(names).toContain(channel.name);
					expect(channel.reasons.length).toBeGreaterThan(0);
					for (const sentence of [...channel.reasons, ...channel.cautions]) {
						expect(sentence.trim().length).toBeGreaterThan(0);
						expect(sentence).not.toMatch(/\{\w+\}/);
					}
				}
				for (const d of [...result.deadlines, ...result.dateProblems])
					expect(d.sentence.trim()).not.toBe('');
			}),
			{ numRuns: 3000 }
		);
	}, 60_000);
});
