import { Component, type ComponentType } from 'preact';
import { loadUnderstanding } from '~/finder/understand/load';
import type { Understanding } from '~/finder/understand/types';
import type { AnswerProps } from './AnswerView';
import { Finder, type FinderProps } from './Finder';
import { readState, writeState } from './url-state';

const urlState = { read: readState, write: writeState };

type Props = Omit<FinderProps, 'url' | 'Answer' | 'understand' | 'onIntent'>;

interface Loaded {
	understand?: (text: string, today?: string) => Understanding;
	Answer?: ComponentType<AnswerProps>;
}

/**
 * The Finder with its state in the URL (the finder page and the widget, where links and Back
 * work). What the page does not need before the shopper acts loads on intent (focus, a pointer on
 * a problem, a pick): the understanding of the shopper's text, and the answer's view with the
 * engine that ranks the channels; at once when the address already holds a problem or a text
 * (a shared link, the home page's form).
 */
export class SiteFinder extends Component<Props, Loaded> {
	private answerLoad: Promise<void> | undefined;
	private understandingLoad: Promise<void> | undefined;

	componentDidMount() {
		const search = new URLSearchParams(location.search);
		const hash = new URLSearchParams(location.hash.slice(1));
		if (search.has('problem')) this.loadAnswer();
		if (search.has('q') || hash.has('q')) this.load();
	}

	loadAnswer = () => {
		this.answerLoad ??= import('./AnswerView').then(
			({ AnswerView }) => this.setState({ Answer: AnswerView }),
			// A failed load may be tried again at the next sign of intent.
			() => void (this.answerLoad = undefined)
		);
	};

	load = () => {
		this.loadAnswer();
		this.understandingLoad ??= loadUnderstanding(this.props.language.lang).then(
			(understand) => this.setState({ understand }),
			() => void (this.understandingLoad = undefined)
		);
	};

	render(props: Props) {
		return (
			<Finder
				{...props}
				url={urlState}
				Answer={this.state.Answer}
				understand={this.state.understand}
				onIntent={this.load}
			/>
		);
	}
}
