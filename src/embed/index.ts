/**
 * `/embed/finder.js`, a small classic script: defines `<aliexpress-help-finder>` and, for each
 * element, loads the file of its language from beside itself (`finder-<lang>.js`: Preact, the
 * engine, the site's Finder, its styles and that language's sentences), once. A reader so
 * downloads one language only, and nothing but the site's own scripts.
 */
import { embedLang, embedTheme } from './lang';
import { load, type LanguageRenderer } from './packs/registry';

const tagName = 'aliexpress-help-finder';
/** This script's own address: the language files sit beside it. */
const base =
	(document.currentScript as HTMLScriptElement | null)?.src || `${__SITE_URL__}/embed/finder.js`;

/**
 * Shown when a language file cannot load (offline, blocked by the host's CSP or Trusted Types):
 * the only sentences outside the language files, with a link to the finder on the site. Written
 * in at build time from content/i18n (`embed.loadError`, `embed.openFinder`).
 */
const loadError = __LOAD_ERROR__;

class FinderElement extends HTMLElement {
	static observedAttributes = ['lang', 'problem', 'theme'];
	#root = this.attachShadow({ mode: 'open' });

	constructor() {
		super();
		// The host's fallback content (the snippet's link) shows until the finder has rendered.
		this.#root.append(document.createElement('slot'));
	}
	/** Counts updates, so that a file arriving late never overwrites a newer render. */
	#updates = 0;
	/** The language file that drew the element last. */
	#renderer?: LanguageRenderer;

	connectedCallback() {
		this.#update();
	}

	attributeChangedCallback() {
		if (this.isConnected) this.#update();
	}

	disconnectedCallback() {
		this.#updates++;
		this.#renderer?.unmount(this.#root);
		this.#renderer = undefined;
	}

	#update() {
		const update = ++this.#updates;
		const lang = embedLang(
			this.getAttribute('lang'),
			document.documentElement.lang,
			navigator.languages ?? [navigator.language]
		);
		load('renderer', lang, base).then(
			(renderer) => {
				if (update !== this.#updates) return;
				// Another language drew here before: let it clean up first.
				if (this.#renderer !== renderer) {
					this.#renderer?.unmount(this.#root);
					// The fallback slot (or an earlier error) gives way to the finder.
					this.#root.replaceChildren();
				}
				this.#renderer = renderer;
				renderer.render(this.#root, {
					problem: this.getAttribute('problem'),
					theme: embedTheme(this.getAttribute('theme')),
				});
			},
			() => {
				if (update !== this.#updates) return;
				// The message, a link to the finder, and the host's own fallback content (the slot).
				const alert = document.createElement('p');
				alert.setAttribute('role', 'alert');
				alert.textContent = `${loadError[lang].text} `;
				const link = document.createElement('a');
				link.href = `${__SITE_URL__}/${lang}/finder/`;
				link.target = '_blank';
				link.rel = 'noopener';
				link.textContent = loadError[lang].link;
				alert.append(link);
				this.#root.replaceChildren(alert, document.createElement('slot'));
			}
		);
	}
}

if (!customElements.get(tagName)) customElements.define(tagName, FinderElement);
