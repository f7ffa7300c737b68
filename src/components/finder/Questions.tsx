import type { Ref } from 'preact';
import type { FinderMessages } from '~/finder/languages/types';
import { questionsFor } from '~/finder/rules/questions';
import { priorities, sellerStatuses, type DateProblem, type ProblemId } from '~/finder/types';
import { formatLongDate } from '~/finder/dates';
import { frenchTypography } from '~/i18n/french-typography';
import type { FinderState } from './url-state';

interface Props {
	problem: ProblemId;
	messages: FinderMessages;
	state: FinderState;
	dateProblems: DateProblem[];
	/** Notes on the dates (a parcel that never arrived has no delivery date). */
	dateNotes: string[];
	today?: string;
	detailsRef?: Ref<HTMLDetailsElement>;
	onChange(change: Partial<FinderState>, mode?: 'push' | 'replace'): void;
}

const dateField = { delivered: 'deliveredOn', completed: 'completedOn' } as const;

/**
 * The optional questions, closed until used so that on a phone the answer comes right after the
 * problem, and only those that fit the problem (no dates for an account, no seller for a payment).
 * What is already answered (by the shopper or by their text) is listed on the closed summary, so
 * it stays in sight without pushing the answer down. A date the finder cannot use is named next to
 * its field, quoting what was given.
 */
export function Questions({
	problem,
	messages,
	state,
	dateProblems,
	dateNotes,
	today,
	detailsRef,
	onChange,
}: Props) {
	const { ui } = messages;
	const asks = questionsFor(problem);
	const dated = (label: string, iso: string) => {
		const text = `${label}: ${formatLongDate(iso, messages.lang)}`;
		return messages.lang === 'fr' ? frenchTypography(text) : text;
	};
	const answered = [
		asks.dates && state.delivered && dated(ui.questions.deliveredOnLabel, state.delivered),
		asks.dates && state.completed && dated(ui.questions.completedOnLabel, state.completed),
		asks.seller && state.seller && ui.questions.seller[state.seller],
		state.priority && ui.questions.priority[state.priority],
	].filter(Boolean);
	const problemsOf = (field: 'delivered' | 'completed') =>
		dateProblems.filter((p) => p.field === dateField[field]);
	return (
		<details class="finder-questions" ref={detailsRef}>
			<summary>
				{ui.questions.legend}
				{answered.length > 0 && <span class="finder-answered">{answered.join(' · ')}</span>}
			</summary>
			{asks.dates && (
				<div class="finder-dates">
					<p id="finder-date-hint" class="finder-hint">
						{ui.deadlines.none} {ui.questions.dateHint}
					</p>
					{dateNotes.map((note) => (
						<p key={note} class="finder-hint finder-date-note">
							{note}
						</p>
					))}
					{(['delivered', 'completed'] as const).map((field) => (
						<div class="finder-field" key={field}>
							<label for={`finder-${field}`}>
								{field === 'delivered'
									? ui.questions.deliveredOnLabel
									: ui.questions.completedOnLabel}
							</label>
							<input
								id={`finder-${field}`}
								type="date"
								// A value the date field cannot show stays out of it; the message below names it.
								value={problemsOf(field).some((p) => !p.warning) ? '' : (state[field] ?? '')}
								max={today}
								aria-describedby={`finder-date-hint finder-${field}-problem`}
								aria-invalid={problemsOf(field).some((p) => !p.warning) || undefined}
								onChange={(e) =>
									onChange({ [field]: e.currentTarget.value || undefined }, 'replace')
								}
							/>
							<div id={`finder-${field}-problem`}>
								{problemsOf(field).map((p) => (
									<p
										key={p.sentence}
										class={p.warning ? 'finder-warning' : 'finder-error'}
										role="alert"
									>
										{p.sentence}
									</p>
								))}
							</div>
						</div>
					))}
				</div>
			)}
			{asks.seller && (
				<div class="finder-field">
					<label for="finder-seller">{ui.questions.sellerLabel}</label>
					<select
						id="finder-seller"
						value={state.seller ?? 'not-contacted'}
						onChange={(e) => onChange({ seller: e.currentTarget.value as FinderState['seller'] })}
					>
						{sellerStatuses.map((status) => (
							<option key={status} value={status}>
								{ui.questions.seller[status]}
							</option>
						))}
					</select>
				</div>
			)}
			<fieldset class="finder-field">
				<legend>{ui.questions.priorityLabel}</legend>
				{(['none', ...priorities] as const).map((value) => (
					<label key={value} class="finder-choice">
						<input
							type="radio"
							name="finder-priority"
							value={value}
							checked={(state.priority ?? 'none') === value}
							onChange={() => onChange({ priority: value === 'none' ? undefined : value })}
						/>
						{ui.questions.priority[value]}
					</label>
				))}
			</fieldset>
		</details>
	);
}
