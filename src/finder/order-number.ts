/** The digits an order number may have (FACTS.md gives none: the finder accepts a wide range). */
export const orderDigits = { min: 6, max: 30 };

/** A label people paste with the number: "Order ID:", "N° de commande", "Pedido #"… */
const label = /^[\p{L}\s°º#:.,'’-]*/u;
/** The number itself: digits, with the spaces, dots or dashes apps put between groups. */
const grouped = /^\d[\d\s.\-_/]*$/;

/**
 * An order number as people paste it: "Order ID: 8123 4567 8901 2345", "n° 8123-4567…",
 * full-width digits, zero-width spaces. Keeps the digits; says what is wrong otherwise, and
 * never guesses (a letter O among the digits is an error, not a dropped character).
 */
export function parseOrderNumber(pasted: string): {
	digits?: string;
	error?: 'empty' | 'length' | 'characters';
} {
	const text = String(pasted ?? '')
		.slice(0, 200)
		.normalize('NFKC') // full-width digits → ASCII
		.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
		.trim();
	if (text === '') return { error: 'empty' };
	const number = text.replace(label, '').replace(/[\s.]+$/, '');
	if (!grouped.test(number)) return { error: 'characters' };
	const digits = number.replace(/\D/g, '');
	if (digits.length < orderDigits.min || digits.length > orderDigits.max)
		return { error: 'length' };
	return { digits };
}
