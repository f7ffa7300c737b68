import type { Ref } from 'preact';
import { fill } from '~/finder/format';
import type { FinderLanguage } from '~/finder/languages/types';
import { recommendWith } from '~/finder/recommend';
import type { ProblemId } from '~/finder/types';
import { ChinaTime } from './ChinaTime';
import { Composer } from './Composer';
import { Questions } from './Questions';
import { Results } from './Results';
import type { FinderState } from './url-state';

export interface AnswerProps {
	language: FinderLanguage;
	problem: ProblemId;
	state: FinderState;
	/** An order number the shopper's text gave. */
	orderNumber?: string;
	linkBase: string;
	newTab: boolean;
	questionsRef?: Ref<HTMLDetailsElement>;
	onChange(change: Partial<FinderState>, mode?: 'push' | 'replace'): void;
	today?: string;
	now?: () => Date;
}

/**
 * The answer to a problem: the questions that fit it, the first channel, the deadlines, the message
 * to send, the other channels, the time in China, and a line for screen readers. A module of its
 * own, so that the embed loads it only once the shopper shows intent.
 */
export function AnswerView(props: AnswerProps) {
	const { language, state, linkBase, newTab } = props;
	const { lang, messages } = language;
	const { ui } = messages;
	const recommendation = recommendWith(messages, {
		problem: props.problem,
		lang,
		today: props.today,
		deliveredOn: state.delivered,
		completedOn: state.completed,
		seller: state.seller,
		priority: state.priority,
	});
	return (
		<>
			<Questions
				problem={recommendation.problem}
				messages={messages}
				state={state}
				dateProblems={recommendation.dateProblems}
				dateNotes={recommendation.dateNotes}
				today={props.today}
				detailsRef={props.questionsRef}
				onChange={props.onChange}
			/>
			<section class="finder-answer" aria-labelledby="finder-results-title">
				<h2 id="finder-results-title">{ui.results.heading}</h2>
				<Results
					recommendation={recommendation}
					ui={ui}
					linkBase={linkBase}
					newTab={newTab}
					message={
						<Composer
							key={recommendation.problem}
							problem={recommendation.problem}
							ui={ui}
							composerUi={messages.composerUi}
							english={language.composerEn}
							local={lang === 'en' ? undefined : messages.composer}
							situation={{
								deliveredOn: state.delivered,
								completedOn: state.completed,
								seller: state.seller,
								firstChannel: recommendation.channels[0]?.id,
								orderNumber: props.orderNumber,
							}}
							letterPage={`${linkBase}/${lang}/letter/`}
						/>
					}
				/>
				<ChinaTime ui={ui} lang={lang} now={props.now} />
			</section>
			<p class="sr-only" aria-live="polite" aria-atomic="true">
				{fill(ui.results.announcement, {
					count: recommendation.channels.length,
					problem: messages.problems[recommendation.problem].label,
				})}
			</p>
		</>
	);
}
