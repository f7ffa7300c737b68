import type { ChannelId } from '~/data/channels';
import type { ClockState } from '../clocks';
import type { Priority, ProblemId, SellerStatus } from '../types';
import type { CautionId, ReasonId } from './sentences';

/** What the rules know of the shopper's situation. */
export interface RankingContext {
	problem: ProblemId;
	seller: SellerStatus;
	priority?: Priority;
	clocks: ClockState[];
}

/** A sentence id with the values it needs ({date}, {clock}). */
export interface Note<Id extends string> {
	id: Id;
	/** For deadline sentences: which clock and its last open day (ISO). */
	clock?: ClockState;
}

export interface ChannelNotes {
	reasons: Note<ReasonId>[];
	cautions: Note<CautionId>[];
	/** `existing-dispute`: the dispute is already open (dispute-refused): it is named and reached as such. */
	variant?: 'existing-dispute';
}

/** The order being built and, for each channel, what the rules said about it. */
export interface Ranking {
	order: ChannelId[];
	notes: Record<ChannelId, ChannelNotes>;
}

/**
 * One rule of the finder: it moves channels and, in the same breath, gives the reasons and
 * cautions for what it moved, so the order and its explanation cannot disagree.
 */
export interface Rule {
	/** Its number in the README's list. */
	id: string;
	/** The rule in plain words, for the README and the tests' names. */
	summary: string;
	apply(ranking: Ranking, ctx: RankingContext): void;
}
