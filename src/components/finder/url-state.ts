import {
	priorities,
	problemIds,
	sellerStatuses,
	type Priority,
	type ProblemId,
	type SellerStatus,
} from '../../finder/types';

/** What the finder keeps in the URL, so that a link or a reload gives the same answer. */
export interface FinderState {
	problem?: ProblemId;
	delivered?: string;
	completed?: string;
	seller?: SellerStatus;
	priority?: Priority;
	/** The description typed on the home page's entry. */
	q?: string;
}

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
	value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;
/**
 * A date is kept as given (up to 40 characters) even when it is not one: the finder then names
 * it in a message ("2026-02-30 is not a date we can read") instead of dropping it silently.
 */
const date = (value: string | null) => (value?.trim() ? value.trim().slice(0, 40) : undefined);

/** Reads the state from a query string; unknown or malformed values are dropped. */
export function readState(search: string): FinderState {
	const params = new URLSearchParams(search);
	const state: FinderState = {
		problem: pick(problemIds, params.get('problem')),
		delivered: date(params.get('delivered')),
		completed: date(params.get('completed')),
		seller: pick(sellerStatuses, params.get('seller')),
		priority: pick(priorities, params.get('priority')),
		q: params.get('q')?.slice(0, 200) || undefined,
	};
	return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined));
}

/** The query string for a state, keys in a fixed order; empty when there is nothing to keep. */
export function writeState(state: FinderState): string {
	const params = new URLSearchParams();
	for (const key of ['problem', 'delivered', 'completed', 'seller', 'priority'] as const) {
		const value = state[key];
		if (value) params.set(key, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** How the Finder reads and writes its state in the URL (see SiteFinder). */
export interface UrlState {
	read(search: string): FinderState;
	write(state: FinderState): string;
}
