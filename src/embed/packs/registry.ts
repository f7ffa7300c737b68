import type { Lang } from '../../i18n/locales';

/** What the element passes to its language file's renderer. */
export interface EmbedAttributes {
	problem: string | null;
	theme: 'light' | 'dark' | 'auto';
}

/**
 * A language file (`/embed/finder-<lang>.js`): Preact, the engine, the Finder, its styles and
 * that language's sentences, in one gzip stream. It draws into the element's shadow root.
 */
export interface LanguageRenderer {
	render(root: ShadowRoot, attributes: EmbedAttributes): void;
	unmount(root: ShadowRoot): void;
}

interface Registry {
	renderers: Partial<Record<Lang, LanguageRenderer>>;
	waiting: Partial<Record<Lang, (() => void)[]>>;
}

/** Shared by finder.js and the language files, which are separate classic scripts. */
export function registry(): Registry {
	const scope = globalThis as { __aliexpressHelpFinder?: Registry };
	return (scope.__aliexpressHelpFinder ??= { renderers: {}, waiting: {} });
}

/** Called by a language file once it has run. */
export function registerRenderer(lang: Lang, renderer: LanguageRenderer) {
	const { renderers, waiting } = registry();
	renderers[lang] = renderer;
	for (const resume of waiting[lang] ?? []) resume();
	delete waiting[lang];
}

/** The language's renderer, loading its file from beside `base` (finder.js) the first time. */
export function loadRenderer(lang: Lang, base: string): Promise<LanguageRenderer> {
	const { renderers, waiting } = registry();
	const ready = renderers[lang];
	if (ready) return Promise.resolve(ready);
	return new Promise((resolve, reject) => {
		const first = !waiting[lang];
		(waiting[lang] ??= []).push(() => resolve(registry().renderers[lang]!));
		if (!first) return;
		const script = document.createElement('script');
		script.src = new URL(`finder-${lang}.js`, base).href;
		script.async = true;
		script.onerror = () => {
			delete registry().waiting[lang];
			reject(new Error(`could not load ${script.src}`));
		};
		document.head.append(script);
	});
}
