import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { understand } from '~/finder';

const today = '2026-06-15';

describe('order numbers', () => {
	it.each([
		['fr', 'commande n° 8123 4567 8901 2345, colis jamais arrivé', '8123456789012345'],
		['en', 'Order ID: 8123456789012345 - parcel never came', '8123456789012345'],
		['es', 'mi pedido 8123456789012345 no llega', '8123456789012345'],
	] as const)('%s: %s', (lang, text, digits) =>
		expect(understand(text, lang, today).orderNumber).toBe(digits)
	);
	it('a short number (a price, a count) is not an order number', () => {
		expect(
			understand('j ai payé 25 euros pour 3 articles', 'fr', today).orderNumber
		).toBeUndefined();
	});
});

describe('what the seller did', () => {
	it.each([
		['fr', 'le vendeur ne répond plus depuis une semaine', 'no-reply'],
		['fr', 'le vendeur a refusé mon litige', 'refused'],
		['fr', 'le vendeur a accepté de me rembourser', 'agreed'],
		['en', 'the seller refused my refund', 'refused'],
		['en', 'the seller stopped answering me', 'no-reply'],
		['en', 'seller agreed to refund me last week', 'agreed'],
		['es', 'el vendedor no contesta mis mensajes', 'no-reply'],
		['es', 'el vendedor rechazó la disputa', 'refused'],
		['es', 'el vendedor aceptó devolverme el dinero', 'agreed'],
		// Shoppers often say the store rather than the seller.
		['fr', 'la boutique ne répond plus à mes messages', 'no-reply'],
		['en', 'the store declined my refund request', 'refused'],
		['es', 'la tienda me rechazo el reembolso aunque mande fotos', 'refused'],
	] as const)('%s: %s → %s', (lang, text, seller) =>
		expect(understand(text, lang, today).seller).toBe(seller)
	);
	it.each([
		['en', 'the seller did not refuse, he just never shipped'],
		['fr', 'le vendeur n a pas refusé, il a juste oublié'],
	] as const)('a negated verb is not what the seller did: %s', (lang, text) => {
		expect(understand(text, lang, today).seller).not.toBe('refused');
	});
});

describe('dates stated plainly', () => {
	it.each([
		['fr', 'colis reçu le 3 mars, écran cassé', { deliveredOn: '2026-03-03' }],
		['fr', 'j ai confirmé la réception le 10/04/2026', { completedOn: '2026-04-10' }],
		['en', 'my package was delivered on March 3 but it is broken', { deliveredOn: '2026-03-03' }],
		['en', 'received it two weeks ago and it stopped working', { deliveredOn: '2026-06-01' }],
		['es', 'me llegó hace 7 días y no funciona', { deliveredOn: '2026-06-08' }],
		['es', 'lo recibí el 3 de marzo roto', { deliveredOn: '2026-03-03' }],
	] as const)('%s: %s', (lang, text, dates) =>
		expect(understand(text, lang, today)).toMatchObject(dates)
	);
	it.each([
		['fr', 'je l ai commandé le 3 mars et il n est toujours pas arrivé'],
		['es', 'lo pedí hace 7 meses y nunca llegó'],
		['en', 'ordered on March 3 and still nothing'],
	] as const)('an order date alone starts no clock: %s', (lang, text) => {
		const result = understand(text, lang, today);
		expect(result.deliveredOn).toBeUndefined();
		expect(result.completedOn).toBeUndefined();
	});
	it('never a date in the future', () => {
		expect(understand('reçu le 30 décembre 2026', 'fr', today).deliveredOn).toBeUndefined();
	});
});

describe('negation and several problems', () => {
	it('"it is not a lost parcel" does not read as a lost parcel first', () => {
		expect(
			understand("il ne s'agit pas de colis perdus, le vendeur refuse de rembourser", 'fr', today)
				.problems[0]
		).not.toBe('parcel-lost');
	});
	it.each([
		[
			'fr',
			'colis jamais arrivé et le vendeur ne répond plus',
			['parcel-lost', 'seller-unresponsive'],
		],
		[
			'en',
			'my parcel never arrived and the seller stopped answering',
			['parcel-lost', 'seller-unresponsive'],
		],
		[
			'es',
			'el paquete llegó roto y el vendedor rechazó la disputa',
			['damaged-item', 'dispute-refused'],
		],
	] as const)(
		'%s: a text naming two problems offers one of them first and its seller status',
		(lang, text, problems) => {
			const result = understand(text, lang, today);
			expect(problems).toContain(result.problems[0]);
			expect(result.seller).toBeDefined();
		}
	);
});

describe('property: no input throws or takes long', () => {
	it('junk, emoji, RTL, huge pastes', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 3000 }),
				fc.constantFrom('fr', 'en', 'es' as const),
				(text, lang) => {
					const result = understand(text, lang, today);
					expect(result.problems.length).toBeLessThanOrEqual(3);
				}
			),
			{ numRuns: 300 }
		);
		for (const text of [
			'😀'.repeat(50_000),
			'مرحبا '.repeat(20_000),
			'a'.repeat(1_000_000),
			'\u0000\uffff',
		]) {
			const started = performance.now();
			expect(() => understand(text, 'en', today)).not.toThrow();
			expect(performance.now() - started).toBeLessThan(500);
		}
	});
});
