import type { UiMessages } from '../../finder/languages/types';
import type { Recommendation } from '../../finder/types';
import { ChannelCard } from './ChannelCard';

interface Props {
	recommendation: Recommendation;
	ui: UiMessages;
	linkBase?: string;
	newTab?: boolean;
	/** Show the deadlines block (the static pages have no dates, so they leave it out). */
	showDeadlines?: boolean;
}

/** The ranked channels and the time limits: the same view on the finder, the embed and the static pages. */
export function Results({ recommendation, ui, linkBase, newTab, showDeadlines = true }: Props) {
	return (
		<div class="finder-results">
			{showDeadlines && (
				<section class="finder-deadlines" aria-labelledby="finder-deadlines-title">
					<h3 id="finder-deadlines-title">{ui.deadlinesHeading}</h3>
					{recommendation.dateProblems.map((problem) => (
						<p key={problem.field} class="finder-date-problem" role="alert">
							{problem.sentence}
						</p>
					))}
					{recommendation.deadlines.length > 0 ? (
						<ul>
							{recommendation.deadlines.map((deadline) => (
								<li
									key={deadline.clock}
									data-clock={deadline.clock}
									class={deadline.passed ? 'finder-deadline-passed' : deadline.daysLeft <= 3 ? 'finder-deadline-urgent' : ''}
								>
									{deadline.sentence}
								</li>
							))}
						</ul>
					) : (
						<p>{ui.noDeadlines}</p>
					)}
				</section>
			)}
			<ol class="finder-cards" aria-label={ui.resultsHeading}>
				{recommendation.channels.map((channel) => (
					<ChannelCard
						key={channel.id}
						channel={channel}
						ui={ui}
						linkBase={linkBase}
						newTab={newTab}
					/>
				))}
			</ol>
		</div>
	);
}
