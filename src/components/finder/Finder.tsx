import { Component, createRef, type ComponentType } from 'preact';
import type { FinderLanguage } from '~/finder/languages/types';
import type { Understanding } from '~/finder/understand/types';
import type { ProblemId } from '~/finder/types';
import type { AnswerProps } from './AnswerView';
import { ProblemPicker, maxDescription } from './ProblemPicker';
import type { FinderState, UrlState } from './url-state';

export interface FinderProps {
	/** The reader's language only: its sentences, the English composer, the problems' hints. */
	language: FinderLanguage;
	/**
	 * What the shopper's text says (problems, order number, seller, dates): absent until loaded on
	 * intent (focus, first key), never on page load.
	 */
	understand?: (text: string, today?: string) => Understanding;
	/** Where the state starts (the embed's `problem` attribute). */
	initial?: FinderState;
	/**
	 * Keeps the state in the URL (the finder page and the widget, through SiteFinder; not the
	 * embed, which then carries no URL code).
	 */
	url?: UrlState;
	/** `replace` keeps the host tab's history clean (the widget in a frame); default `push`. */
	history?: 'push' | 'replace';
	/** Prefix for links to the site: '' on the site, its address in the embed. */
	linkBase?: string;
	/**
	 * Where each problem's static page is (a link that works without JavaScript): the site's
	 * `/{lang}/problems/`; the widget's own framable `/{lang}/widget/problems/`.
	 */
	problemPages?: string;
	newTab?: boolean;
	/**
	 * The answer's view (AnswerView): the site passes it; the embed passes it once its answer file
	 * has loaded, and the answer waits until then.
	 */
	Answer?: ComponentType<AnswerProps>;
	/** The shopper is about to use the finder (focus, pointer on a problem): load what it needs. */
	onIntent?: () => void;
	/** Told after every change of what is shown (the widget resizes its frame). */
	onChange?: () => void;
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
	/** The order number the text gave: kept in memory for the message, never put in the URL. */
	orderNumber?: string;
}

/**
 * The channel finder: describe or pick a problem, answer a few questions, read the answer. A class
 * component, so that the embed does without preact/hooks (its size budget is tight).
 */
export class Finder extends Component<FinderProps, FinderView> {
	questions = createRef<HTMLDetailsElement>();
	describe = createRef<HTMLInputElement>();

	constructor(props: FinderProps) {
		super(props);
		this.state = {
			state: props.initial ?? {},
			query: props.initial?.q ?? '',
			choosing: false,
			hydrated: false,
		};
	}

	// The URL is the source of truth on the page: read it once hydrated, and again on Back/Forward.
	componentDidMount() {
		this.setState({ hydrated: true });
		if (!this.props.url) return;
		this.fromUrl();
		addEventListener('popstate', this.fromUrl);
	}

	componentDidUpdate() {
		this.props.onChange?.();
	}

	componentWillUnmount() {
		removeEventListener('popstate', this.fromUrl);
	}

	fromUrl = () => {
		const next = this.props.url!.read(location.search);
		// The home page's description comes in the fragment (#q=…), which never reaches a server.
		const q = new URLSearchParams(location.hash.slice(1)).get('q') ?? next.q;
		this.setState(q ? { state: next, query: q.slice(0, maxDescription) } : { state: next });
	};

	/** Changes the state; a new problem or answer is a new history entry, a typed date replaces it. */
	update(change: Partial<FinderState>, mode: 'push' | 'replace' = 'push') {
		const { url } = this.props;
		const next = { ...this.state.state, ...change };
		delete next.q;
		this.setState({ state: next });
		if (url) this.writeUrl(url.write(next), mode);
	}

	writeUrl(query: string, mode: 'push' | 'replace') {
		const address = `${location.pathname}${query}${location.hash}`;
		if (mode === 'push' && this.props.history !== 'replace') history.pushState(null, '', address);
		else history.replaceState(null, '', address);
	}

	pick = (problem: ProblemId) => {
		this.props.onIntent?.();
		// What the text said is filled in (and shown, so the shopper can change it).
		const said =
			this.state.query.trim() && this.props.understand?.(this.state.query, this.props.today);
		const change: Partial<FinderState> = { problem };
		if (said) {
			if (said.seller) change.seller = said.seller;
			if (said.deliveredOn) change.delivered = said.deliveredOn;
			if (said.completedOn) change.completed = said.completedOn;
		}
		this.setState({ choosing: false, orderNumber: said ? said.orderNumber : undefined });
		this.update(change);
		// Screen readers hear the result through the live region; keyboard focus moves on to the
		// (closed) questions, right above the answer.
		requestAnimationFrame(() =>
			this.questions.current?.querySelector<HTMLElement>('summary')?.focus()
		);
	};

	/** Start over: no answer, no state in the URL, an empty box with the focus in it. */
	startOver = () => {
		this.setState({ state: {}, query: '', choosing: false });
		if (this.props.url) this.writeUrl('', 'push');
		requestAnimationFrame(() => this.describe.current?.focus());
	};

	render(props: FinderProps, { state, query, choosing, hydrated }: FinderView) {
		const { language, understand, linkBase = '', newTab = false, Answer } = props;
		const { lang, messages } = language;
		const ui = messages.ui;
		const suggestions =
			query.trim() && understand
				? understand(query.slice(0, maxDescription), props.today).problems
				: [];
		const showPicker = !state.problem || choosing;

		return (
			<div class="finder" data-hydrated={hydrated ? '' : undefined}>
				{showPicker ? (
					<ProblemPicker
						messages={messages}
						hints={language.hints}
						query={query}
						suggestions={suggestions}
						current={state.problem}
						hydrated={hydrated}
						problemHref={(id) => `${linkBase}${props.problemPages ?? `/${lang}/problems/`}${id}/`}
						onQuery={(text) => this.setState({ query: text })}
						onPick={this.pick}
						onIntent={props.onIntent}
						inputRef={this.describe}
					/>
				) : (
					<p class="finder-chosen">
						<strong>{messages.problems[state.problem!].label}</strong>{' '}
						<button type="button" class="finder-link-button" onClick={this.startOver}>
							{ui.picker.startOver}
						</button>
					</p>
				)}
				{state.problem &&
					(Answer ? (
						<Answer
							language={language}
							problem={state.problem}
							state={state}
							orderNumber={this.state.orderNumber}
							linkBase={linkBase}
							newTab={newTab}
							questionsRef={this.questions}
							onChange={(change, mode) => this.update(change, mode)}
							today={props.today}
							now={props.now}
						/>
					) : (
						<p class="finder-hint" role="status">
							{ui.picker.loading}
						</p>
					))}
			</div>
		);
	}
}
