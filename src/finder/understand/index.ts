import { todayIso } from '../dates';
import type { Lang } from '../types';
import { bestGuess, classifyText, readWeights, type Weights } from './classifier';
import { datesOf, orderNumberIn, sellerIn } from './extract';
import type { TextModel, Understanding } from './types';

export type { TextModel, Understanding } from './types';

const decoded = new WeakMap<TextModel, Weights>();

function weightsOf(model: TextModel): Weights {
	let weights = decoded.get(model);
	if (!weights) decoded.set(model, (weights = readWeights(model)));
	return weights;
}

/** The best problem for a text and how sure that reading is (src/search/rank.ts). */
export function guessWith(model: TextModel, text: string) {
	return bestGuess(model, weightsOf(model), typeof text === 'string' ? text : '');
}

/** The problems, order number, seller's answer and dates a text states, with one language's model. */
export function understandWith(
	model: TextModel,
	text: string,
	lang: Lang,
	today: string = todayIso()
): Understanding {
	const input = typeof text === 'string' ? text : '';
	const result: Understanding = { problems: classifyText(model, weightsOf(model), input) };
	const orderNumber = orderNumberIn(input);
	const seller = sellerIn(input, lang);
	const { deliveredOn, completedOn } = datesOf(input, lang, today);
	if (orderNumber) result.orderNumber = orderNumber;
	if (seller) result.seller = seller;
	if (deliveredOn) result.deliveredOn = deliveredOn;
	if (completedOn) result.completedOn = completedOn;
	return result;
}
