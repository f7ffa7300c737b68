import { todayIso } from '../dates';
import type { Lang } from '../types';
import { classifyText, readWeights, type Weights } from './classifier';
import { datesOf, orderNumberIn, sellerIn } from './extract';
import type { TextModel, Understanding } from './types';

export type { TextModel, Understanding } from './types';

const decoded = new WeakMap<TextModel, Weights>();

/** The problems, order number, seller's answer and dates a text states, with one language's model. */
export function understandWith(
	model: TextModel,
	text: string,
	lang: Lang,
	today: string = todayIso()
): Understanding {
	const input = typeof text === 'string' ? text : '';
	let weights = decoded.get(model);
	if (!weights) decoded.set(model, (weights = readWeights(model)));
	const result: Understanding = { problems: classifyText(model, weights, input) };
	const orderNumber = orderNumberIn(input);
	const seller = sellerIn(input, lang);
	const { deliveredOn, completedOn } = datesOf(input, lang, today);
	if (orderNumber) result.orderNumber = orderNumber;
	if (seller) result.seller = seller;
	if (deliveredOn) result.deliveredOn = deliveredOn;
	if (completedOn) result.completedOn = completedOn;
	return result;
}
