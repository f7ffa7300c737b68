import { Component } from 'preact';
import type { PostalPlace } from '~/data/contact';
import { cleanOrderNumber } from '~/finder/compose';
import { todayIso } from '~/finder/dates';
import type {
	ComposerMessages,
	ComposerUi,
	LetterMessages,
	UiMessages,
} from '~/finder/languages/types';
import { composeLetter, letterLanguage, type Letter } from '~/finder/letter';
import { problemRules, type Outcome } from '~/finder/rules';
import { problemIds, type Lang, type ProblemId } from '~/finder/types';
import { LetterSheet } from './LetterSheet';

/** One language's sentences for the letter. */
export interface LetterLanguage {
	letter: LetterMessages;
	sentences: ComposerMessages;
}

interface Props {
	lang: Lang;
	/** The page's language: labels, and what the letter means. */
	local: LetterLanguage;
	/** The letter's own languages: French for Paris, English for Hangzhou. */
	fr: LetterLanguage;
	en: LetterLanguage;
	problems: Record<ProblemId, { label: string }>;
	ui: UiMessages;
	composerUi: ComposerUi;
	/** For tests. */
	today?: string;
}

interface View {
	place: PostalPlace;
	name: string;
	address: string;
	problem: ProblemId;
	order: string;
	details: string;
	outcome?: Outcome;
}

/** The state a link can set: `#problem=…&order=…` (a fragment never reaches the server). */
function fromHash(hash: string): Partial<View> {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const problem = params.get('problem');
	const order = params.get('order');
	return {
		...(problem && (problemIds as readonly string[]).includes(problem)
			? { problem: problem as ProblemId }
			: {}),
		...(order && cleanOrderNumber(order) ? { order } : {}),
	};
}

/**
 * A formal letter to Alibaba, written as the shopper fills the fields, printed alone on one A4
 * page. Nothing typed here leaves the browser.
 */
export class LetterComposer extends Component<Props, View> {
	constructor(props: Props) {
		super(props);
		this.state = {
			place: 'paris',
			name: '',
			address: '',
			problem: 'formal-complaint',
			order: '',
			details: '',
		};
	}

	componentDidMount() {
		this.setState(fromHash(location.hash));
	}

	render(props: Props, view: View) {
		const { local, ui, composerUi } = props;
		const text = local.letter.ui;
		const letterLang = letterLanguage[view.place];
		const input = {
			place: view.place,
			date: props.today ?? todayIso(),
			problem: view.problem,
			outcome: view.outcome,
			orderNumber: cleanOrderNumber(view.order),
			details: view.details,
			name: view.name,
			address: view.address,
		};
		const letter: Letter = composeLetter(
			props[letterLang].letter,
			props[letterLang].sentences,
			input
		);
		const meaning =
			letterLang === props.lang ? undefined : composeLetter(local.letter, local.sentences, input);
		const set = (change: Partial<View>) => this.setState(change);
		const outcomes = problemRules[view.problem].outcomes;

		return (
			<div class="letter-composer">
				<div class="letter-fields">
					<fieldset class="finder-field">
						<legend>{text.placeLabel}</legend>
						{(['paris', 'hangzhou'] as const).map((place) => (
							<label key={place} class="finder-choice">
								<input
									type="radio"
									name="letter-place"
									value={place}
									checked={view.place === place}
									onChange={() => set({ place })}
								/>
								{text.place[place]}
							</label>
						))}
					</fieldset>
					<div class="finder-field">
						<label for="letter-name">{text.nameLabel}</label>
						<input
							id="letter-name"
							type="text"
							autoComplete="name"
							maxLength={120}
							value={view.name}
							onInput={(e) => set({ name: e.currentTarget.value })}
						/>
					</div>
					<div class="finder-field">
						<label for="letter-address">{text.addressLabel}</label>
						<textarea
							id="letter-address"
							rows={3}
							autoComplete="street-address"
							maxLength={400}
							value={view.address}
							onInput={(e) => set({ address: e.currentTarget.value })}
						/>
					</div>
					<div class="finder-field">
						<label for="letter-problem">{text.problemLabel}</label>
						<select
							id="letter-problem"
							value={view.problem}
							onChange={(e) =>
								set({ problem: e.currentTarget.value as ProblemId, outcome: undefined })
							}
						>
							{problemIds.map((id) => (
								<option key={id} value={id}>
									{props.problems[id].label}
								</option>
							))}
						</select>
					</div>
					<div class="finder-field">
						<label for="letter-order">{ui.composer.orderNumberLabel}</label>
						<input
							id="letter-order"
							type="text"
							inputMode="numeric"
							autoComplete="off"
							value={view.order}
							onInput={(e) => set({ order: e.currentTarget.value })}
						/>
					</div>
					{outcomes.length > 1 && (
						<fieldset class="finder-field">
							<legend>{composerUi.outcomeLabel}</legend>
							{outcomes.map((value) => (
								<label key={value} class="finder-choice">
									<input
										type="radio"
										name="letter-outcome"
										value={value}
										checked={(view.outcome ?? outcomes[0]) === value}
										onChange={() => set({ outcome: value })}
									/>
									{composerUi.outcome[value]}
								</label>
							))}
						</fieldset>
					)}
					<div class="finder-field">
						<label for="letter-details">{composerUi.detailsLabel}</label>
						<textarea
							id="letter-details"
							rows={3}
							maxLength={600}
							value={view.details}
							onInput={(e) => set({ details: e.currentTarget.value })}
						/>
					</div>
				</div>
				<h2>{text.letterIn}</h2>
				<LetterSheet letter={letter} lang={letterLang} />
				<button type="button" class="finder-button" onClick={() => print()}>
					{text.print}
				</button>
				<p class="finder-hint">{text.printHint}</p>
				{meaning && (
					<>
						<h2>{text.meaningLabel}</h2>
						<LetterSheet letter={meaning} lang={props.lang} meaning />
					</>
				)}
			</div>
		);
	}
}
