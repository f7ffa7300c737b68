import type { SourceId } from './sources';

/**
 * Two different clocks, both true, each with its own start date. Never merge them.
 * - `refund`: up to 15 days after the order is completed to get a refund (seeds 000, 001).
 * - `payment-hold`: for 60 days after delivery AliExpress holds the payment in case of a
 *   dispute (seed 003).
 */
export const clocks = {
	refund: { days: 15, startsOn: 'completed', source: ['000', '001'] },
	'payment-hold': { days: 60, startsOn: 'delivered', source: ['003'] },
} as const satisfies Record<
	string,
	{ days: number; startsOn: 'completed' | 'delivered'; source: SourceId[] }
>;

export type ClockId = keyof typeof clocks;
export const clockIds = Object.keys(clocks) as ClockId[];
