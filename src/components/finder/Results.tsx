import type { ComponentChildren } from 'preact';
import type { UiMessages } from '~/finder/languages/types';
import type { Recommendation } from '~/finder/types';
import { ChannelCard } from './ChannelCard';
import { Deadlines } from './Deadlines';

interface Props {
	recommendation: Recommendation;
	ui: UiMessages;
	linkBase?: string;
	newTab?: boolean;
	/** The message to send: right after the first channel, before the others. */
	message?: ComponentChildren;
}

/**
 * The answer, phone first: the first channel (what to do now), the time limits, the message to
 * send, then every other channel folded under one summary, still in rank order. The same view on
 * the finder, the embed and the static problem pages (where <details> works without JavaScript).
 */
export function Results({ recommendation, ui, linkBase = '', newTab, message }: Props) {
	const [first, ...others] = recommendation.channels;
	const card = (channel: NonNullable<typeof first>) => (
		<ChannelCard key={channel.id} channel={channel} ui={ui} linkBase={linkBase} newTab={newTab} />
	);
	return (
		<div class="finder-results">
			<ol class="finder-cards" aria-label={ui.results.heading}>
				{first && card(first)}
			</ol>
			<Deadlines
				recommendation={recommendation}
				ui={ui}
				guide={`${linkBase}/${recommendation.lang}/refunds/deadlines/`}
				newTab={newTab}
			/>
			{message}
			{others.length > 0 && (
				<details class="finder-others">
					<summary>{ui.results.otherChannels}</summary>
					<ol class="finder-cards" start={2} aria-label={ui.results.otherChannels}>
						{others.map(card)}
					</ol>
				</details>
			)}
		</div>
	);
}
