import { Finder } from '../components/finder/Finder';
import { problemIds, type ProblemId } from '../finder/types';
import type { Lang } from '../i18n/locales';
import { IndependentNotice } from './IndependentNotice';
import type { LanguagePack } from './packs/renderer';

interface Props {
	lang: Lang;
	pack: LanguagePack;
	problem?: string | null;
	theme: 'light' | 'dark' | 'auto';
}

/**
 * `<aliexpress-help-finder>`'s content: the site's own Finder, state kept in memory only, links
 * back to the site (absolute) in a new tab.
 */
export function EmbeddedFinder({ lang, pack, problem, theme }: Props) {
	const start = (problemIds as readonly string[]).includes(problem ?? '') ? (problem as ProblemId) : undefined;
	return (
		<div class="embed" lang={lang} data-theme={theme}>
			<IndependentNotice {...pack.notice} href={`${__SITE_URL__}/${lang}/about/`} />
			<Finder
				// A new problem or language attribute starts the finder again from it.
				key={`${lang}:${start}`}
				lang={lang}
				messages={pack.messages}
				phrases={pack.phrases}
				composerEn={pack.composerEn}
				initial={start ? { problem: start } : undefined}
				linkBase={__SITE_URL__}
				newTab
			/>
		</div>
	);
}
