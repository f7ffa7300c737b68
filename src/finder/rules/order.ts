import type { ChannelId } from '~/data/channels';
import type { CautionId, ReasonId } from './sentences';
import type { ClockState } from '../clocks';
import type { Ranking } from './types';

/** Moves `ids` to the front, in the order given. */
export function toFront(order: ChannelId[], ids: ChannelId[]): ChannelId[] {
	return [...ids, ...order.filter((id) => !ids.includes(id))];
}

/** Moves `id` to just after `after`. */
export function placeAfter(order: ChannelId[], id: ChannelId, after: ChannelId): ChannelId[] {
	const rest = order.filter((c) => c !== id);
	rest.splice(rest.indexOf(after) + 1, 0, id);
	return rest;
}

/**
 * Moves `ids` up ahead of every other channel, keeping their relative order, but behind a first
 * channel that is a procedural step (the seller or the dispute), which stays first.
 */
export function rise(order: ChannelId[], ids: ChannelId[]): ChannelId[] {
	const [first] = order;
	const keepFirst = (first === 'seller' || first === 'dispute') && !ids.includes(first);
	const head = keepFirst ? [first] : [];
	const rest = keepFirst ? order.slice(1) : order;
	return [
		...head,
		...rest.filter((id) => ids.includes(id)),
		...rest.filter((id) => !ids.includes(id)),
	];
}

/** Adds a reason to a channel, first among its reasons unless `last`; never twice. */
export function addReason(
	ranking: Ranking,
	id: ChannelId,
	reason: ReasonId,
	clock?: ClockState,
	last = false
) {
	const list = ranking.notes[id].reasons;
	if (list.some((note) => note.id === reason)) return;
	const note = clock ? { id: reason, clock } : { id: reason };
	if (last) list.push(note);
	else list.unshift(note);
}

export function addCaution(
	ranking: Ranking,
	id: ChannelId,
	caution: CautionId,
	clock?: ClockState
) {
	const list = ranking.notes[id].cautions;
	if (list.some((note) => note.id === caution && note.clock?.clock === clock?.clock)) return;
	list.push(clock ? { id: caution, clock } : { id: caution });
}
