import { clocks, clockIds, type ClockId } from '../data/deadlines';
import { formatIsoDate } from './dates';

/** A clock that applies, with its dates worked out. */
export interface ClockState {
	clock: ClockId;
	startsOn: string;
	endsOn: string;
	daysLeft: number;
	passed: boolean;
}

/** A clock is urgent when this many days or fewer are left. */
export const urgentDays = 3;

/**
 * The two clocks, each from its own start date: 15 days after the order is completed, 60 days
 * after delivery. A clock whose start date is missing or invalid does not apply.
 */
export function clockStates(
	today: number,
	starts: { completed?: number; delivered?: number }
): ClockState[] {
	return clockIds.flatMap((clock) => {
		const { days, startsOn } = clocks[clock];
		const start = starts[startsOn];
		if (start === undefined) return [];
		const end = start + days;
		const daysLeft = end - today;
		return [
			{
				clock,
				startsOn: formatIsoDate(start),
				endsOn: formatIsoDate(end),
				daysLeft,
				passed: daysLeft < 0,
			},
		];
	});
}
