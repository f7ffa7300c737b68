/**
 * The dialog's content, loaded at the first sign of a search: Pagefind's default UI (accessible,
 * keyboard-friendly, translated) with its CSS, our query clean-up and a short debounce, and the
 * finder's first step above the results (src/search/first-step.ts).
 */
import { PagefindUI } from '@pagefind/default-ui';
import css from '@pagefind/default-ui/css/ui.css?inline';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { isLang } from '~/i18n/locales';
import { cleanQuery } from './clean';
import { attachFirstStep } from './first-step';

type PagefindResult = { url: string; sub_results: Array<{ url: string }> };

let mounted = false;
const debounceMs = 120;

export function mount(host: HTMLElement, bundlePath: string): void {
	if (mounted) return;
	mounted = true;
	// A constructed stylesheet: no <style> element for the CSP to allow, and in Starlight's
	// cascade layer, under Starlight's own search styles, as the stock component has it.
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(`@layer starlight.core {${css}}`);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

	let translations: Record<string, string> = {};
	try {
		translations = JSON.parse(host.dataset.translations || '{}') as Record<string, string>;
	} catch {
		// Pagefind's own English strings, then.
	}
	const lang = isLang(host.dataset.lang) ? host.dataset.lang : 'en';
	const shouldStrip = host.dataset.stripTrailingSlash !== undefined;
	const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
	const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;

	// The early input (markup) took what the reader typed while this loaded: hand it over.
	const early = host.querySelector<HTMLInputElement>('[data-early-input]');
	const typed = early?.value ?? '';
	const hadFocus = early !== null && document.activeElement === early;
	early?.remove();

	const ui = new PagefindUI({
		...pagefindUserConfig,
		element: '#starlight__search',
		baseUrl: import.meta.env.BASE_URL,
		bundlePath,
		showImages: false,
		translations,
		showSubResults: true,
		// Pagefind's UI preloads the index on every keystroke; the search itself can follow fast.
		debounceTimeoutMs: debounceMs,
		processTerm: (term: string) => cleanQuery(lang, term),
		processResult: (result: PagefindResult) => {
			result.url = formatURL(result.url);
			result.sub_results = result.sub_results.map((subResult) => {
				subResult.url = formatURL(subResult.url);
				return subResult;
			});
		},
	});
	const input = host.querySelector<HTMLInputElement>('#starlight__search input');
	if (input && hadFocus) input.focus();
	if (input && typed) {
		input.value = typed;
		// The reader has stopped typing already: search now, without the debounce, then restore it.
		ui._pfs?.$$set({ debounce_timeout_ms: 0 });
		ui.triggerSearch(typed);
		setTimeout(() => ui._pfs?.$$set({ debounce_timeout_ms: debounceMs }));
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
	attachFirstStep(
		host.querySelector('#starlight__search')!,
		lang,
		host.dataset.firstStepLabel ?? ''
	);
}
