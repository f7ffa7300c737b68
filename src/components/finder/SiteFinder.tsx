import { Component } from 'preact';
import { loadUnderstanding } from '~/finder/understand/load';
import type { Understanding } from '~/finder/understand/types';
import { AnswerView } from './AnswerView';
import { Finder, type FinderProps } from './Finder';
import { readState, writeState } from './url-state';

const urlState = { read: readState, write: writeState };

type Props = Omit<FinderProps, 'url' | 'Answer' | 'understand' | 'onIntent'>;

/**
 * The Finder with its state in the URL (the finder page and the widget, where links and Back
 * work), and its understanding of the shopper's text loaded on intent: focus, a pointer on a
 * problem, or a description already in the URL (the home page's form).
 */
export class SiteFinder extends Component<
	Props,
	{ understand?: (text: string, today?: string) => Understanding }
> {
	componentDidMount() {
		if (
			new URLSearchParams(location.search).has('q') ||
			new URLSearchParams(location.hash.slice(1)).has('q')
		)
			this.load();
	}

	load = () => {
		if (this.state.understand) return;
		loadUnderstanding(this.props.language.lang).then(
			(understand) => this.setState({ understand }),
			() => undefined
		);
	};

	render(props: Props) {
		return (
			<Finder
				{...props}
				url={urlState}
				Answer={AnswerView}
				understand={this.state.understand}
				onIntent={this.load}
			/>
		);
	}
}
