import { Component } from 'preact';
import { Finder } from '../components/finder/Finder';
import type { FinderMessages } from '../finder/languages/types';
import { problemIds, type ProblemId } from '../finder/types';
import type { Lang } from '../i18n/locales';
import { IndependentNotice } from './IndependentNotice';
import { load, type LanguageAnswer, type LanguageModel } from './packs/registry';

/** What the language file hands over (see packs/renderer.ts): the shell, and the notice line. */
interface Pack {
	shell: Pick<FinderMessages, 'problems' | 'ui'>;
	notice: { text: string; linkText: string };
}

interface Props {
	lang: Lang;
	pack: Pack;
	/** Where finder.js came from: the answer file sits beside it. */
	base: string;
	problem?: string | null;
	theme: 'light' | 'dark' | 'auto';
}

/**
 * `<aliexpress-help-finder>`'s content: the site's own Finder, state kept in memory only, links
 * back to the site (absolute) in a new tab. The answer's sentences load on intent (focus, a
 * pointer on a problem, a pick), so the first file stays small.
 */
export class EmbeddedFinder extends Component<
	Props,
	{ answer?: LanguageAnswer; understand?: LanguageModel }
> {
	loading = false;

	componentDidMount() {
		if (this.start()) this.loadAnswer();
	}

	start(): ProblemId | undefined {
		const { problem } = this.props;
		return (problemIds as readonly string[]).includes(problem ?? '')
			? (problem as ProblemId)
			: undefined;
	}

	/** On intent: the answer's view and sentences, and the model that reads the shopper's text. */
	loadAnswer = () => {
		if (this.loading) return;
		this.loading = true;
		const { lang, base } = this.props;
		load('model', lang, base).then(
			(understand) => this.setState({ understand }),
			() => undefined
		);
		load('answer', lang, base).then(
			(answer) => this.setState({ answer }),
			() => {
				this.loading = false;
			}
		);
	};

	render(
		{ lang, pack }: Props,
		{ answer, understand }: { answer?: LanguageAnswer; understand?: LanguageModel }
	) {
		const start = this.start();
		// Until the answer arrives, the Finder shows the problems and the labels only.
		const messages = answer?.messages ?? ({ lang, ...pack.shell } as FinderMessages);
		return (
			<div class="embed" lang={lang} data-theme={this.props.theme}>
				<IndependentNotice {...pack.notice} href={`${__SITE_URL__}/${lang}/about/`} />
				<Finder
					// A new problem or language attribute starts the finder again from it.
					key={`${lang}:${start}`}
					language={{
						lang,
						messages,
						composerEn: answer?.composerEn ?? messages.composer,
					}}
					understand={understand}
					Answer={answer?.Answer}
					onIntent={this.loadAnswer}
					initial={start ? { problem: start } : undefined}
					linkBase={__SITE_URL__}
					newTab
				/>
			</div>
		);
	}
}
