/**
 * The dialog's content, loaded at the first sign of a search: a small view on Pagefind's engine
 * (warmed by src/search/site-search.ts) with the markup and CSS of Pagefind's default UI, which
 * Starlight's search styles expect, the reader's language, our query clean-up and ranking
 * (src/search/ranked-search.ts), a short debounce, and the finder's first step above the results
 * (src/search/first-step.ts).
 * Pagefind's default UI (30 KB gzip) did the same; measured on a slow phone, its download and
 * start-up delayed the first result more than anything else (bench/search-twin.ts).
 */
import css from '@pagefind/default-ui/css/ui.css?inline';
import { isLang, type Lang } from '~/i18n/locales';
import { cleanWords } from './clean';
import type { PagefindEngine, PagefindResult } from './engine';
import { attachFirstStep } from './first-step';
import { loadGuess } from './finder-reading';
import { rankedSearch, wantsGuess } from './ranked-search';
import { el, fillItem, placeholderItem } from './results-view';
import { dialogStrings, type DialogStrings } from './dialog-strings';

const debounceMs = 120;
const pageSize = 5;
let mounted = false;

/**
 * Pagefind's CSS scopes each rule with Svelte's generated classes (`.svelte-j9e30`), which only
 * its own UI puts on its elements: without them, the rules apply to the same markup here.
 */
export const unscopedCss = (source: string) => source.replace(/\.svelte-[a-z0-9]+/g, '');

export function mount(host: HTMLElement, engine: Promise<PagefindEngine | undefined>): void {
	if (mounted) return;
	mounted = true;
	// A constructed stylesheet: no <style> element for the CSP to allow, and in Starlight's
	// cascade layer, under Starlight's own search styles, as the stock component has it.
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(`@layer starlight.core {${unscopedCss(css)}}`);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

	const lang: Lang = isLang(host.dataset.lang) ? host.dataset.lang : 'en';
	const strings = dialogStrings(host.dataset.translations);
	const formatURL =
		host.dataset.stripTrailingSlash !== undefined
			? (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2')
			: (path: string) => path;
	const root = host.querySelector<HTMLElement>('#starlight__search')!;
	const view = buildView(root, strings);

	let firstResultsShown: () => void = () => {};
	const firstResults = new Promise<void>((resolve) => (firstResultsShown = resolve));
	let searchId = 0;
	let results: PagefindResult[] = [];
	let shown = 0;

	const showMore = () => {
		const id = searchId;
		const items = results.slice(shown, shown + pageSize).map((result) => {
			const li = placeholderItem();
			view.list.append(li);
			return () =>
				result.data().then((data) => {
					if (id === searchId) fillItem(li, data, formatURL);
				});
		});
		// The first result alone, then the others: on a slow connection it shows sooner.
		const [first, ...rest] = items;
		void first?.()
			.catch(() => {})
			.then(() => Promise.all(rest.map((load) => load())))
			.finally(firstResultsShown);
		shown = Math.min(results.length, shown + pageSize);
		view.more.hidden = shown >= results.length;
	};

	const search = async (text: string) => {
		const id = ++searchId;
		view.clear.classList.toggle('pagefind-ui__suppressed', !text);
		view.list.replaceChildren();
		view.more.hidden = true;
		if (!text.trim()) {
			view.drawer.classList.add('pagefind-ui__hidden');
			view.message.textContent = '';
			return;
		}
		view.drawer.classList.remove('pagefind-ui__hidden');
		view.message.textContent = strings.searching(text);
		const pagefind = await engine;
		const words = cleanWords(lang, text);
		const found = await (pagefind && rankedSearch(pagefind, lang, words, text).catch(() => null));
		if (id !== searchId) return;
		if (!pagefind || !found) {
			view.message.textContent = strings.unavailable;
			return firstResultsShown();
		}
		results = found;
		shown = 0;
		view.message.textContent = strings.count(results.length, text, lang);
		if (!results.length) firstResultsShown();
		showMore();
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	view.input.addEventListener('input', () => {
		// Each keystroke asks for the index chunk the words so far need (as Pagefind's UI does).
		const words = cleanWords(lang, view.input.value);
		const term = words.join(' ');
		if (term) void engine.then((pagefind) => pagefind?.preload(term)).catch(() => {});
		// A long query will want the finder's reading: its model starts loading now.
		if (wantsGuess(words)) void loadGuess(lang);
		clearTimeout(timer);
		timer = setTimeout(() => void search(view.input.value), debounceMs);
	});
	view.input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') event.preventDefault();
	});
	view.clear.addEventListener('click', () => {
		view.input.value = '';
		void search('');
		view.input.focus();
	});
	view.more.addEventListener('click', showMore);
	// What the reader typed while this loaded: search it now, without the debounce.
	if (view.input.value) void search(view.input.value);
	attachFirstStep(root, lang, host.dataset.firstStepLabel ?? '', firstResults);
}

/** Pagefind's UI markup around the input the reader is already typing in (kept, focus and all). */
function buildView(root: HTMLElement, strings: DialogStrings) {
	const input = root.querySelector<HTMLInputElement>('input')!;
	const hadFocus = document.activeElement === input;
	const caret = input.selectionStart;

	const ui = el('div', 'pagefind-ui');
	const form = el('form', 'pagefind-ui__form');
	form.setAttribute('role', 'search');
	form.setAttribute('aria-label', strings.label);
	form.addEventListener('submit', (event) => event.preventDefault());
	input.classList.replace('search-early-input', 'pagefind-ui__search-input');
	input.removeAttribute('data-early-input');
	Object.assign(input, { autocapitalize: 'none', enterKeyHint: 'search' });
	const clear = el('button', 'pagefind-ui__search-clear pagefind-ui__suppressed');
	clear.type = 'button';
	clear.textContent = strings.clear;
	const drawer = el('div', 'pagefind-ui__drawer pagefind-ui__hidden');
	const area = el('div', 'pagefind-ui__results-area');
	const message = el('p', 'pagefind-ui__message');
	// Said to screen readers as it changes: "Searching for…", then the number of results.
	message.setAttribute('role', 'status');
	const list = el('ol', 'pagefind-ui__results');
	const more = el('button', 'pagefind-ui__button');
	more.type = 'button';
	more.textContent = strings.loadMore;
	more.hidden = true;
	area.append(message, list, more);
	drawer.append(area);
	form.append(input, clear, drawer);
	ui.append(form);
	root.replaceChildren(ui);
	if (hadFocus) {
		input.focus();
		if (caret !== null) input.setSelectionRange(caret, caret);
	}
	return { input, clear, drawer, message, list, more };
}
