import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrderNumber } from '~/finder/order-number';

describe('parseOrderNumber', () => {
	it.each([
		['8123456789012345', '8123456789012345'],
		['Order ID: 8123 4567 8901 2345', '8123456789012345'],
		['n° 8123-4567-8901', '812345678901'],
		['N° de commande : 8123 4567 8901 2345', '8123456789012345'],
		['Número de pedido: 8123456789012345.', '8123456789012345'],
		['８１２３４５６７８９０１', '812345678901'],
		['8123\u200B4567\u200C8901', '812345678901'],
		['  812345678901  ', '812345678901'],
	])('keeps the digits of %j', (pasted, digits) =>
		expect(parseOrderNumber(pasted)).toEqual({ digits })
	);
	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['12345', 'length'],
		['81234567890123456789012345678901', 'length'],
		['8123 4567 89O1', 'characters'],
		['+33612345678', 'characters'],
		['8123abc4567', 'characters'],
	])('refuses %j (%s)', (pasted, error) => expect(parseOrderNumber(pasted)).toEqual({ error }));
	it('never throws, on anything', () => {
		fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void parseOrderNumber(text)));
	});
});
