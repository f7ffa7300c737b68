import * as preact from 'preact';
import * as runtime from 'preact/jsx-runtime';
import finderCss from '../../components/finder/finder.css?inline';
import type { FinderShell } from '../../finder/languages/types';
import type { Lang } from '../../i18n/locales';
import { EmbeddedFinder } from '../EmbeddedFinder';
import themeCss from '../theme.css?inline';
import { registerRenderer, registerShared } from './registry';

/** What a language file carries: what shows before any answer, and the "independent site" line. */
export interface LanguagePack {
	shell: FinderShell;
	notice: { text: string; linkText: string };
}

/** Registers this language file's renderer: the site's Finder, in a shadow root, styled. */
export function registerLanguage(lang: Lang, pack: LanguagePack, base: string) {
	registerShared({ preact, runtime });
	let sheet: CSSStyleSheet | undefined;
	registerRenderer(lang, {
		render(root, { problem, theme }) {
			if (!sheet) {
				sheet = new CSSStyleSheet();
				sheet.replaceSync(finderCss + themeCss);
			}
			root.adoptedStyleSheets = [sheet];
			preact.render(preact.h(EmbeddedFinder, { lang, pack, base, problem, theme }), root);
		},
		unmount(root) {
			preact.render(null, root);
		},
	});
}
