import { Component, Fragment, createElement, createRef, h, options, render } from 'preact';
import { Fragment as JsxFragment, jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';
import finderCss from '../../components/finder/finder.css?inline';
import type { FinderShell } from '../../finder/languages/types';
import type { Lang } from '../../i18n/locales';
import { EmbeddedFinder } from '../EmbeddedFinder';
import themeCss from '../theme.css?inline';
import { registerRenderer, registerShared, type SharedPreact } from './registry';

/** What a language file carries: what shows before any answer, and the "independent site" line. */
export interface LanguagePack {
	shell: FinderShell;
	notice: { text: string; linkText: string };
}

/** Registers this language file's renderer: the site's Finder, in a shadow root, styled. */
export function registerLanguage(lang: Lang, pack: LanguagePack, base: string) {
	// Built by hand, not `import * as`: a bundled namespace object walks inherited keys (for…in),
	// which a host page's polluted Object.prototype would break.
	registerShared({
		preact: { Component, Fragment, createElement, createRef, h, options, render },
		runtime: { Fragment: JsxFragment, jsx, jsxs, jsxDEV },
	} as SharedPreact);
	let sheet: CSSStyleSheet | undefined;
	registerRenderer(lang, {
		render(root, { problem, theme }) {
			if (!sheet) {
				sheet = new CSSStyleSheet();
				// Sizes in px from a 16 px base: a host's `html { font-size: 62.5% }` cannot shrink them
				// (rem follows the host page's root, not the element).
				sheet.replaceSync(
					(finderCss + themeCss).replace(
						/(\d*\.?\d+)rem\b/g,
						(_, n: string) => `${Number(n) * 16}px`
					)
				);
			}
			root.adoptedStyleSheets = [sheet];
			render(h(EmbeddedFinder, { lang, pack, base, problem, theme }), root);
		},
		unmount(root) {
			render(null, root);
		},
	});
}
