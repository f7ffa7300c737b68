import type { UiMessages } from '~/finder/languages/types';
import type { Recommendation } from '~/finder/types';

interface Props {
	recommendation: Recommendation;
	ui: UiMessages;
	/** The time-limits guide. */
	guide: string;
	newTab?: boolean;
}

/** Each time limit the dates started: which clock, until when, and what to do before it ends. */
export function Deadlines({ recommendation, ui, guide, newTab }: Props) {
	const { deadlines } = recommendation;
	if (deadlines.length === 0) return null;
	return (
		<section class="finder-deadlines" aria-labelledby="finder-deadlines-title">
			<h3 id="finder-deadlines-title">{ui.deadlines.heading}</h3>
			<ul>
				{deadlines.map((deadline) => (
					<li
						key={deadline.clock}
						data-clock={deadline.clock}
						class={
							deadline.passed
								? 'finder-deadline-passed'
								: deadline.daysLeft <= 3
									? 'finder-deadline-urgent'
									: ''
						}
					>
						{deadline.sentence}
						{deadline.action && <> {deadline.action}</>}
					</li>
				))}
			</ul>
			<a href={guide} target={newTab ? '_blank' : undefined} rel={newTab ? 'noopener' : undefined}>
				{ui.deadlines.guide}
			</a>
		</section>
	);
}
