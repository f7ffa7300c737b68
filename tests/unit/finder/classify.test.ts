import { describe, expect, it } from 'vitest';
import { classify, problemIds, type Lang, type ProblemId } from '~/finder';

/**
 * Several phrasings per problem and language, accents dropped and typos included: the right
 * problem is among the (at most three) suggestions. The held-out figures are in classify-eval.
 */
const cases: Record<Lang, [string, ProblemId][]> = {
	fr: [
		['colis jamais arrivé', 'parcel-lost'],
		['colis jamais arrive', 'parcel-lost'],
		['je n’ai jamais reçu mon colis', 'parcel-lost'],
		['mon colis est en retard', 'late-delivery'],
		['toujours pas arrivé, ça fait des semaines', 'late-delivery'],
		['article cassé', 'damaged-item'],
		['arrivé abimé', 'damaged-item'],
		['on m’a débité deux fois', 'payment-problem'],
		['paiement refusé', 'payment-problem'],
		['compte bloqué', 'account-blocked'],
		['COMPTE BLOQUE', 'account-blocked'],
		['le vendeur ne répond pas', 'seller-unresponsive'],
		['vendeur ne repond pas', 'seller-unresponsive'],
		['litige refusé', 'dispute-refused'],
		['je veux porter plainte', 'formal-complaint'],
		['réclamation', 'formal-complaint'],
		['quelle taille choisir', 'question-before-buying'],
		['pas reçu mon remboursement', 'refund-not-received'],
		['remboursment pas recu', 'refund-not-received'],
		['ça ne marche pas', 'defective-item'],
		['mauvais article', 'wrong-item'],
		['je veux le renvoyer', 'return-unwanted'],
	],
	en: [
		['I was charged twice', 'payment-problem'],
		['charged twice', 'payment-problem'],
		['my parcel never arrived', 'parcel-lost'],
		['never recieved my package', 'parcel-lost'],
		['parcel is late', 'late-delivery'],
		['delivery delayed', 'late-delivery'],
		['item arrived broken', 'damaged-item'],
		['it came damaged', 'damaged-item'],
		['recieved the wrong color', 'wrong-item'],
		['wrong item', 'wrong-item'],
		['it does not work', 'defective-item'],
		['faulty', 'defective-item'],
		['I want to return it', 'return-unwanted'],
		['refund not received', 'refund-not-received'],
		['where is my refund', 'refund-not-received'],
		['the seller does not answer', 'seller-unresponsive'],
		['seller not responding', 'seller-unresponsive'],
		['seller refused my dispute', 'dispute-refused'],
		['account blocked', 'account-blocked'],
		['cannot log in', 'account-blocked'],
		['what size should I buy', 'question-before-buying'],
		['I want to make a formal complaint', 'formal-complaint'],
	],
	es: [
		['el paquete llegó roto', 'damaged-item'],
		['el paquete llego roto', 'damaged-item'],
		['mi cuenta esta bloqueada', 'account-blocked'],
		['mi cuenta está bloqueada', 'account-blocked'],
		['nunca llegó mi pedido', 'parcel-lost'],
		['me cobraron dos veces', 'payment-problem'],
		['el vendedor no responde', 'seller-unresponsive'],
		['mi pedido llega tarde', 'late-delivery'],
		['no funciona', 'defective-item'],
		['me enviaron otro producto', 'wrong-item'],
		['quiero devolverlo', 'return-unwanted'],
		['no me han devuelto el dinero', 'refund-not-received'],
		['rechazaron mi disputa', 'dispute-refused'],
		['quiero poner una reclamación', 'formal-complaint'],
		['qué talla elegir', 'question-before-buying'],
		['que talla elegir', 'question-before-buying'],
	],
};

describe.each(Object.entries(cases) as [Lang, [string, ProblemId][]][])(
	'classify in %s',
	(lang, rows) => {
		it.each(rows)('“%s” → %s among the suggestions', (text, expected) => {
			expect(classify(text, lang)).toContain(expected);
		});
	}
);

describe('classify returns little or nothing when nothing fits', () => {
	it.each(['fr', 'en', 'es'] as const)('%s', (lang) => {
		expect(classify('', lang)).toEqual([]);
		expect(classify('   ', lang)).toEqual([]);
		expect(classify('xyzzy qwerty', lang)).toEqual([]);
		expect(classify('!!!???', lang)).toEqual([]);
	});
	it('never more than three, each a known problem, without repeats', () => {
		const result = classify(
			'colis cassé en retard jamais arrivé mauvais article ne marche pas remboursement',
			'fr'
		);
		expect(result.length).toBeLessThanOrEqual(3);
		expect(new Set(result).size).toBe(result.length);
		for (const id of result) expect(problemIds).toContain(id);
	});
	it('survives junk and odd input', () => {
		expect(classify('a'.repeat(100_000), 'en')).toEqual([]);
		expect(classify(undefined as unknown as string, 'en')).toEqual([]);
		expect(Array.isArray(classify('colis', 'de' as Lang))).toBe(true);
	});
});
