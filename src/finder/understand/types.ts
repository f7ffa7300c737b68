import type { ProblemId, SellerStatus } from '../types';

/** What the finder understands of a shopper's text. */
export interface Understanding {
	/** The problems the text is about, best first, at most 3; empty when nothing fits. */
	problems: ProblemId[];
	/** Digits only, when the text holds an order number. */
	orderNumber?: string;
	seller?: SellerStatus;
	/** ISO dates, only when the text states them plainly (absolute, or relative to today). */
	deliveredOn?: string;
	completedOn?: string;
}

/** One language's trained classifier (written by scripts/train-finder.ts). */
export interface TextModel {
	lang: string;
	/** The problems, in the order of the class numbers below. */
	classes: ProblemId[];
	/** Feature hashes are taken modulo 2^bits. */
	bits: number;
	/** Weights are stored as integers: weight = stored / scale. */
	scale: number;
	/** Below this margin over the runner-up score nothing is said… */
	minScore: number;
	/** …and a second or third problem is offered only within this distance of the first. */
	alsoWithin: number;
	/** How many weights the model keeps. */
	count: number;
	/**
	 * Base64 of the weights sorted by bucket, in three streams: each bucket as a varint gap from
	 * the previous one, then each weight's class (uint8), then each weight (int8).
	 */
	weights: string;
}
