import { h, render } from 'preact';
import finderCss from '../../components/finder/finder.css?inline';
import type { ComposerMessages, FinderMessages } from '../../finder/languages/types';
import type { ProblemPhrases } from '../../finder/languages/phrase-types';
import type { Lang } from '../../i18n/locales';
import { EmbeddedFinder } from '../EmbeddedFinder';
import themeCss from '../theme.css?inline';
import { registerRenderer } from './registry';

export interface LanguagePack {
	messages: FinderMessages;
	phrases: ProblemPhrases;
	/** The message a shopper sends is always written in English. */
	composerEn: ComposerMessages;
	notice: { text: string; linkText: string };
}

/** Registers this language file's renderer: the site's Finder, in a shadow root, styled. */
export function registerLanguage(lang: Lang, pack: LanguagePack) {
	let sheet: CSSStyleSheet | undefined;
	registerRenderer(lang, {
		render(root, { problem, theme }) {
			if (!sheet) {
				sheet = new CSSStyleSheet();
				sheet.replaceSync(finderCss + themeCss);
			}
			root.adoptedStyleSheets = [sheet];
			render(h(EmbeddedFinder, { lang, pack, problem, theme }), root);
		},
		unmount(root) {
			render(null, root);
		},
	});
}
