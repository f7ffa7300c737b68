/**
 * The search button and dialog (Starlight's <site-search> behaviour, rewritten): opens and closes
 * the modal, and starts loading the search at the first sign that the reader wants it (a pointer
 * on the button, keyboard focus, a touch, Ctrl+K / ⌘K or `/`): Pagefind's engine with the
 * language's index, and in parallel the dialog's code (src/search/dialog.ts, Pagefind's UI).
 * A page view loads only this file.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

const bundlePath = import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/';

class SiteSearch extends HTMLElement {
	#dialog: Promise<typeof import('./dialog')> | undefined;

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
			if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
				closeModal();
			}
		};

		const openModal = (event?: Event) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			event?.stopPropagation();
			window.addEventListener('click', onClick);
			void this.#mount().then(() => {
				if (dialog.open) this.querySelector<HTMLInputElement>('#starlight__search input')?.focus();
			});
		};
		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		// Any sign of a coming search starts the downloads; a touch screen has no hover.
		const warm = () => void this.#warm();
		for (const type of ['pointerenter', 'focus', 'touchstart', 'pointerdown']) {
			openBtn.addEventListener(type, warm, { once: true, passive: true });
		}
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});

		window.addEventListener('keydown', (e) => {
			// Ctrl+K and ⌘K toggle the dialog.
			if ((e.metaKey || e.ctrlKey) && e.key === 'k') {
				dialog.open ? closeModal() : openModal();
				e.preventDefault();
				return;
			}
			// `/` opens it, unless the reader is typing somewhere.
			const target = e.target as HTMLElement | null;
			const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
			if (e.key === '/' && !dialog.open && !typing && !e.altKey && !e.metaKey && !e.ctrlKey) {
				openModal();
				e.preventDefault();
			}
		});
	}

	/** Starts loading Pagefind's engine and index, and the dialog's code with Pagefind's UI. */
	#warm() {
		if (!this.#dialog) {
			void warmEngine();
			this.#dialog = import('./dialog');
		}
		return this.#dialog;
	}

	/** Puts Pagefind's UI into the dialog (once). */
	#mount() {
		return this.#warm().then((module) => module.mount(this, bundlePath));
	}
}
customElements.define('site-search', SiteSearch);

/**
 * Pagefind's engine (the same module instance the UI imports later), started early: its
 * WebAssembly and the page language's index entry load while the UI does.
 */
async function warmEngine() {
	try {
		const pagefind = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
		await pagefind.init();
		await pagefind.options({ ranking: pagefindUserConfig.ranking });
		// Asking for the filters loads the WebAssembly and the language's metadata, and no words.
		await pagefind.filters();
	} catch {
		// The UI loads the engine itself and says so if it cannot.
	}
}
