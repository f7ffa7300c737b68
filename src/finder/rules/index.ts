/**
 * The finder's rules, as data: each one moves channels and says why in the same step. They run in
 * this order; the README lists them in plain words (from each rule's `summary`).
 */
import { channelIds, type ChannelId } from '~/data/channels';
import { start } from './1-start';
import { sellerAnswer } from './2-seller';
import { clockRule } from './3-clocks';
import { priority } from './5-priority';
import { phoneNeverFirst } from './6-phone';
import { channelNotes } from './7-channel-notes';
import { reasonSources } from './sentences';
import type { ChannelNotes, Ranking, RankingContext, Rule } from './types';

export const rules: readonly Rule[] = [
	start,
	sellerAnswer,
	priority,
	clockRule,
	phoneNeverFirst,
	channelNotes,
];

export interface RankedNotes extends ChannelNotes {
	id: ChannelId;
}

/** Every channel, best first, each with the reasons and cautions the rules gave it. */
export function rankChannels(ctx: RankingContext): RankedNotes[] {
	const notes = Object.fromEntries(
		channelIds.map((id): [ChannelId, ChannelNotes] => [id, { reasons: [], cautions: [] }])
	) as Record<ChannelId, ChannelNotes>;
	const ranking: Ranking = { order: [...channelIds], notes };
	for (const rule of rules) rule.apply(ranking, ctx);
	// A sentence that claims the first place ("the best first step") stays only on the first card.
	return ranking.order.map((id, index) => {
		const { reasons, ...rest } = ranking.notes[id];
		const kept = reasons.filter((note) => index === 0 || !isFirstClaim(note.id));
		return { id, ...rest, reasons: kept };
	});
}

function isFirstClaim(id: keyof typeof reasonSources): boolean {
	return (reasonSources[id] as { claim?: string }).claim === 'first';
}

export { questionsFor } from './questions';
export { problemRules, outcomes, recipients, type Outcome, type Recipient } from './problems';
export { type ReasonId, type CautionId } from './sentences';
export type { RankingContext } from './types';
