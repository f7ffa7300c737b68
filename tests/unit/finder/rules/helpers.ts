import { channelIds, type ChannelId } from '~/data/channels';
import { clockStates } from '~/finder/clocks';
import { parseIsoDate } from '~/finder/dates';
import type { ChannelNotes, Ranking, RankingContext, Rule } from '~/finder/rules/types';
import type { ProblemId } from '~/finder/types';

/** A fresh ranking in the data's order, as the rules receive it before the first one runs. */
export function freshRanking(order: ChannelId[] = [...channelIds]): Ranking {
	const notes = Object.fromEntries(
		channelIds.map((id): [ChannelId, ChannelNotes] => [id, { reasons: [], cautions: [] }])
	);
	return { order, notes: notes as Record<ChannelId, ChannelNotes> };
}

export const today = '2026-06-15';

export function context(
	problem: ProblemId,
	extra: Partial<RankingContext> & { completedOn?: string; deliveredOn?: string } = {}
): RankingContext {
	const day = (iso?: string) => (iso ? parseIsoDate(iso) : undefined);
	const clocks = clockStates(parseIsoDate(today)!, {
		completed: day(extra.completedOn),
		delivered: day(extra.deliveredOn),
	});
	return { problem, seller: 'not-contacted', clocks, ...extra };
}

/** Runs one rule on a ranking and returns it. */
export function run(rule: Rule, ctx: RankingContext, ranking = freshRanking()): Ranking {
	rule.apply(ranking, ctx);
	return ranking;
}

export const reasonIdsOf = (ranking: Ranking, id: ChannelId) =>
	ranking.notes[id].reasons.map((n) => n.id);
export const cautionIdsOf = (ranking: Ranking, id: ChannelId) =>
	ranking.notes[id].cautions.map((n) => n.id);
