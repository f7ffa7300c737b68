import { Component, createRef } from 'preact';
import { classifyWith } from '../../finder/classify';
import { fill } from '../../finder/format';
import type { ComposerMessages, FinderMessages, ProblemHints } from '../../finder/languages/types';
import type { ProblemPhrases } from '../../finder/languages/phrase-types';
import { recommendWith } from '../../finder/recommend';
import { priorities, problemIds, sellerStatuses, type Lang, type ProblemId } from '../../finder/types';
import { ChinaTime } from './ChinaTime';
import { Composer } from './Composer';
import { Results } from './Results';
import type { FinderState, UrlState } from './url-state';

export interface FinderProps {
	lang: Lang;
	/** The reader's language only: the page passes one language's sentences. */
	messages: FinderMessages;
	phrases: ProblemPhrases;
	/** A line under each problem in the list (the site shows them; the embed leaves them out). */
	hints?: ProblemHints;
	/** The English composer sentences: the message a shopper sends is always in English. */
	composerEn: ComposerMessages;
	/** Where the state starts (the embed's `problem` attribute). */
	initial?: FinderState;
	/**
	 * Keeps the state in the URL (the finder page and the widget, through SiteFinder; not the
	 * embed, which then carries no URL code).
	 */
	url?: UrlState;
	/** Prefix for links to the site: '' on the site, its address in the embed. */
	linkBase?: string;
	newTab?: boolean;
	/** For tests: today's ISO date and the clock. */
	today?: string;
	now?: () => Date;
}

interface FinderView {
	state: FinderState;
	/** The description typed so far. */
	query: string;
	/** The problem list is open again after a problem was chosen. */
	choosing: boolean;
	hydrated: boolean;
}

/**
 * The channel finder: describe or pick a problem, answer a few questions, read the ranked channels.
 * A class component, so that the embed does without preact/hooks (its size budget is tight).
 */
export class Finder extends Component<FinderProps, FinderView> {
	questions = createRef<HTMLDetailsElement>();

	constructor(props: FinderProps) {
		super(props);
		this.state = { state: props.initial ?? {}, query: props.initial?.q ?? '', choosing: false, hydrated: false };
	}

	// The URL is the source of truth on the page: read it once hydrated, and again on Back/Forward.
	componentDidMount() {
		this.setState({ hydrated: true });
		if (!this.props.url) return;
		this.fromUrl();
		addEventListener('popstate', this.fromUrl);
	}

	componentWillUnmount() {
		removeEventListener('popstate', this.fromUrl);
	}

	fromUrl = () => {
		const next = this.props.url!.read(location.search);
		this.setState(next.q ? { state: next, query: next.q } : { state: next });
	};

	/** Changes the state; a new problem or answer is a new history entry, a typed date replaces it. */
	update(change: Partial<FinderState>, mode: 'push' | 'replace' = 'push') {
		const { url } = this.props;
		const next = { ...this.state.state, ...change };
		delete next.q;
		this.setState({ state: next });
		if (url) {
			const address = `${location.pathname}${url.write(next)}${location.hash}`;
			if (mode === 'push') history.pushState(null, '', address);
			else history.replaceState(null, '', address);
		}
	}

	pick(problem: ProblemId) {
		this.setState({ choosing: false });
		this.update({ problem });
		// Screen readers hear the result through the live region; keyboard focus moves on to the
		// (closed) questions, right above the answer.
		requestAnimationFrame(() => this.questions.current?.querySelector<HTMLElement>('summary')?.focus());
	}

	render(props: FinderProps, { state, query, choosing, hydrated }: FinderView) {
		const { lang, messages, phrases, composerEn, linkBase = '', newTab = false } = props;
		const ui = messages.ui;
		const suggestions = query.trim() ? classifyWith(phrases, query) : [];
		const recommendation =
			state.problem &&
			recommendWith(messages, {
				problem: state.problem,
				lang,
				today: props.today,
				deliveredOn: state.delivered,
				completedOn: state.completed,
				seller: state.seller,
				priority: state.priority,
			});
		const announcement = recommendation
			? fill(ui.resultsAnnouncement, { count: recommendation.channels.length, problem: messages.problems[recommendation.problem].label })
			: '';
		const showPicker = !state.problem || choosing;
		const hasAnswers = Boolean(state.delivered || state.completed || state.seller || state.priority);
		const problemHref = (id: ProblemId) => `${linkBase}/${lang}/problems/${id}/`;
		const update = this.update.bind(this);
		const pick = this.pick.bind(this);
		const setQuery = (value: string) => this.setState({ query: value });
		const setChoosing = (value: boolean) => this.setState({ choosing: value });
		const questionsRef = this.questions;

		return (
			<div class="finder" data-hydrated={hydrated ? '' : undefined}>
				{showPicker ? (
					<div class="finder-picker">
						<div class="finder-field">
							<label id="finder-describe-label" for="finder-describe">
								{ui.describeLabel}
							</label>
							<input
								id="finder-describe"
								type="search"
								autoComplete="off"
								value={query}
								disabled={!hydrated}
								aria-describedby="finder-describe-hint"
								onInput={(e) => setQuery(e.currentTarget.value)}
							/>
							<p id="finder-describe-hint" class="finder-hint">
								{ui.describeHint}
							</p>
						</div>
						<div class="finder-suggestions" role="group" aria-labelledby="finder-suggestions-label" aria-live="polite">
							{query.trim() !== '' && (
								<>
									<p id="finder-suggestions-label" class="finder-label">
										{suggestions.length > 0 ? ui.suggestionsLabel : ui.noSuggestion}
									</p>
									{suggestions.map((id) => (
										<button key={id} type="button" class="finder-suggestion" data-problem={id} onClick={() => pick(id)}>
											{messages.problems[id].label}
										</button>
									))}
								</>
							)}
						</div>
						<h2 class="finder-list-title">{ui.pickLabel}</h2>
						<ul class="finder-problems">
							{problemIds.map((id) => (
								<li key={id}>
									<a
										href={problemHref(id)}
										data-problem={id}
										aria-current={state.problem === id ? 'true' : undefined}
										onClick={(event) => {
											if (event.ctrlKey || event.metaKey || event.shiftKey) return;
											event.preventDefault();
											pick(id);
										}}
									>
										<strong>{messages.problems[id].label}</strong>
										{props.hints && <span>{props.hints[id]}</span>}
									</a>
								</li>
							))}
						</ul>
					</div>
				) : (
					<p class="finder-chosen">
						<strong>{messages.problems[state.problem!].label}</strong>{' '}
						<button type="button" class="finder-link-button" onClick={() => setChoosing(true)}>
							{ui.startOver}
						</button>
					</p>
				)}

				{recommendation && (
					<>
						{/* Closed until used, so that on a phone the answer comes right after the problem. */}
						<details class="finder-questions" open={hasAnswers} ref={questionsRef}>
							<summary>{ui.questionsLegend}</summary>
							{(['delivered', 'completed'] as const).map((field) => (
								<div class="finder-field" key={field}>
									<label for={`finder-${field}`}>{field === 'delivered' ? ui.deliveredOnLabel : ui.completedOnLabel}</label>
									<input
										id={`finder-${field}`}
										type="date"
										value={state[field] ?? ''}
										max={props.today}
										aria-describedby="finder-date-hint"
										onChange={(e) => update({ [field]: e.currentTarget.value || undefined }, 'replace')}
									/>
								</div>
							))}
							<p id="finder-date-hint" class="finder-hint">
								{ui.dateHint}
							</p>
							<div class="finder-field">
								<label for="finder-seller">{ui.sellerLabel}</label>
								<select
									id="finder-seller"
									value={state.seller ?? 'not-contacted'}
									onChange={(e) => update({ seller: e.currentTarget.value as FinderState['seller'] })}
								>
									{sellerStatuses.map((status) => (
										<option key={status} value={status}>
											{ui.seller[status]}
										</option>
									))}
								</select>
							</div>
							<fieldset class="finder-field">
								<legend>{ui.priorityLabel}</legend>
								{(['none', ...priorities] as const).map((value) => (
									<label key={value} class="finder-choice">
										<input
											type="radio"
											name="finder-priority"
											value={value}
											checked={(state.priority ?? 'none') === value}
											onChange={() => update({ priority: value === 'none' ? undefined : value })}
										/>
										{ui.priority[value]}
									</label>
								))}
							</fieldset>
						</details>

						<section class="finder-answer" aria-labelledby="finder-results-title">
							<h2 id="finder-results-title">{ui.resultsHeading}</h2>
							<Results recommendation={recommendation} ui={ui} linkBase={linkBase} newTab={newTab} />
							<ChinaTime ui={ui} lang={lang} now={props.now} />
						</section>

						<Composer
							key={recommendation.problem}
							problem={recommendation.problem}
							ui={ui}
							composerUi={messages.composerUi}
							english={composerEn}
							local={lang === 'en' ? undefined : messages.composer}
							situation={{
								deliveredOn: state.delivered,
								completedOn: state.completed,
								seller: state.seller,
								firstChannel: recommendation.channels[0]?.id,
							}}
							letterPage={`${linkBase}/${lang}/letter/`}
						/>
					</>
				)}
				<p class="sr-only" aria-live="polite" aria-atomic="true">
					{announcement}
				</p>
			</div>
		);
	}
}
