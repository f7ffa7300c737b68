/**
 * The search button and dialog (Starlight's <site-search> behaviour, rewritten): opens and closes
 * the modal, and starts loading the search at the first sign that the reader wants it (a pointer
 * on the button, keyboard focus, a touch, Ctrl+K / ⌘K or `/`): Pagefind's engine with the
 * language's index, and in parallel the dialog's code (src/search/dialog.ts, the results view).
 * A page view loads only this file.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import type * as DialogExports from './dialog';
import type { PagefindEngine } from './engine';

type DialogModule = typeof DialogExports;

const bundlePath = import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/';

class SiteSearch extends HTMLElement {
	#dialog: Promise<DialogModule> | undefined;

	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const dialogFrame = this.querySelector('.dialog-frame')!;

		// Show the platform's shortcut (⌘ on Apple devices) once we know it. `navigator.platform`,
		// deprecated, on purpose (as Starlight does): the user agent lies while devtools are open.
		const shortcut = openBtn.querySelector<HTMLElement>('.search-shortcut');
		if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
			const platformKey = shortcut?.querySelector('kbd');
			if (platformKey) platformKey.textContent = '⌘';
			openBtn.setAttribute('aria-keyshortcuts', 'Meta+K /');
		}
		shortcut?.classList.add('search-shortcut-ready');

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (
				isLink ||
				(document.body.contains(event.target as Node) &&
					!dialogFrame.contains(event.target as Node))
			) {
				closeModal();
			}
		};

		const openModal = (event?: Event) => {
			void this.#warm();
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			event?.stopPropagation();
			window.addEventListener('click', onClick);
			// Typing starts at once in the input; the dialog's view takes it over (src/search/dialog.ts).
			this.querySelector<HTMLInputElement>('[data-early-input]')?.focus();
			void this.#mount().then(() => {
				if (dialog.open) this.querySelector<HTMLInputElement>('#starlight__search input')?.focus();
			});
		};
		const closeModal = () => dialog.close();

		// What the reader types before the view is there already fetches the index and the results.
		const early = this.querySelector<HTMLInputElement>('[data-early-input]');
		let typing: ReturnType<typeof setTimeout> | undefined;
		early?.addEventListener('input', () => {
			// Once the dialog's view is there (it takes this input over), it searches itself.
			if (!early.hasAttribute('data-early-input')) return;
			// Each keystroke asks for the index chunk the words so far need (as Pagefind's UI does),
			// the search follows when the reader pauses.
			void preloadIndex(this.dataset.lang, early.value);
			clearTimeout(typing);
			typing = setTimeout(() => void prefetchResults(this.dataset.lang, early.value), 100);
		});

		openBtn.addEventListener('click', openModal);
		// Any sign of a coming search starts the downloads; a touch screen has no hover.
		const warm = () => void this.#warm();
		for (const type of ['pointerenter', 'focus', 'touchstart', 'pointerdown']) {
			openBtn.addEventListener(type, warm, { once: true, passive: true });
		}
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);
		// A link to `…/#search` (the 404 page's) opens the search on arrival.
		if (location.hash === '#search') openModal();

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});

		window.addEventListener('keydown', (e) => {
			// Ctrl+K and ⌘K toggle the dialog.
			if ((e.metaKey || e.ctrlKey) && e.key === 'k') {
				if (dialog.open) closeModal();
				else openModal();
				e.preventDefault();
				return;
			}
			// `/` opens it, unless the reader is typing somewhere.
			const target = e.target as HTMLElement | null;
			const typing = target?.closest(
				'input, textarea, select, [contenteditable=""], [contenteditable="true"]'
			);
			if (e.key === '/' && !dialog.open && !typing && !e.altKey && !e.metaKey && !e.ctrlKey) {
				openModal();
				e.preventDefault();
			}
		});
	}

	/**
	 * Starts loading Pagefind's engine with every file of the language's index at once, then the
	 * dialog's code: Pagefind's chain of requests (script, entry, metadata, WebAssembly, index) is
	 * the longest path to a result, and on a slow connection the dialog's code waits for the script
	 * (measured, bench/search-twin.ts).
	 */
	#warm() {
		engine ??= warmEngine();
		preloadBundle(this.dataset.pagefindFiles);
		this.#dialog ??= engineScript.then(() => import('./dialog'));
		return this.#dialog;
	}

	/** Puts the results view into the dialog (once). */
	#mount() {
		return this.#warm().then((module) => module.mount(this, engine ?? warmEngine()));
	}
}
customElements.define('site-search', SiteSearch);

/**
 * Pagefind's engine started early: its WebAssembly and the page language's
 * index entry load while the dialog's code does.
 */
let engine: Promise<PagefindEngine | undefined> | undefined;

/**
 * Runs the search the view will run, on the same engine, so that the index chunks and the
 * first results' fragments are cached when it takes over the early input's text.
 */
async function preloadIndex(lang: string | undefined, text: string) {
	const [pagefind, { cleanPageQuery }] = await Promise.all([engine, import('./clean')]);
	await pagefind?.preload(cleanPageQuery(lang, text));
}

async function prefetchResults(lang: string | undefined, text: string) {
	const [pagefind, { cleanPageQuery }] = await Promise.all([engine, import('./clean')]);
	const term = cleanPageQuery(lang, text);
	// Several words are ranked by the dialog's own code (src/search/ranked-search.ts).
	if (term.includes(' ')) return;
	const search = await pagefind?.search(term);
	await Promise.all(search?.results.slice(0, 5).map((result) => result.data()) ?? []);
}

let engineScriptLoaded: () => void = () => {};
const engineScript = new Promise<void>((resolve) => (engineScriptLoaded = resolve));
let bundleRequested = false;

/**
 * The language's WebAssembly is the largest file on the way to the first result, and Pagefind asks
 * for it only after its script and entry file; its metadata and index come one round trip later
 * still. Fetch them all ahead (preloads, which Pagefind's own requests then reuse): Pagefind names
 * the WebAssembly after the page's language, and the build writes the other files' hashed names
 * onto the element (config/pagefind-preload.ts).
 */
function preloadBundle(named = '') {
	if (bundleRequested) return;
	bundleRequested = true;
	const files = [
		`wasm.${document.documentElement.lang.toLowerCase()}.pagefind`,
		...named.split(' ').filter(Boolean),
	];
	for (const file of files) {
		const link = document.createElement('link');
		Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
		link.href = bundlePath + file;
		document.head.append(link);
	}
}

async function warmEngine(): Promise<PagefindEngine | undefined> {
	try {
		const pagefind = (await import(
			/* @vite-ignore */ `${bundlePath}pagefind.js`
		)) as PagefindEngine;
		engineScriptLoaded();
		// No worker: one script fewer to fetch and start before the first search (measured faster on
		// a slow phone, bench/search-twin.ts); a search on this small index takes a few ms anyway.
		await pagefind.options({ noWorker: true, ranking: pagefindUserConfig.ranking });
		await pagefind.init();
		// Asking for the filters loads the WebAssembly and the language's metadata, and no words.
		await pagefind.filters();
		return pagefind;
	} catch {
		// The view says that search is unavailable.
		engineScriptLoaded();
		return undefined;
	}
}
