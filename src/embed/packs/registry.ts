import type { ComponentType } from 'preact';
import type * as Preact from 'preact';
import type * as PreactRuntime from 'preact/jsx-runtime';
import type { AnswerProps } from '../../components/finder/AnswerView';
import type { ComposerMessages, FinderMessages } from '../../finder/languages/types';
import type { Understanding } from '../../finder/understand/types';
import type { Lang } from '../../i18n/locales';

/** What the element passes to its language file's renderer. */
export interface EmbedAttributes {
	problem: string | null;
	theme: 'light' | 'dark' | 'auto';
}

/**
 * A language file (`/embed/finder-<lang>.js`): Preact, the engine, the Finder, its styles and
 * what that language shows before any answer. It draws into the element's shadow root.
 */
export interface LanguageRenderer {
	render(root: ShadowRoot, attributes: EmbedAttributes): void;
	unmount(root: ShadowRoot): void;
}

/**
 * An answer file (`/embed/finder-<lang>-answer.js`), loaded on intent: the answer's view (with the
 * engine and the composer) and its sentences. It uses the language file's Preact (see `shared`).
 */
export interface LanguageAnswer {
	messages: FinderMessages;
	composerEn: ComposerMessages;
	Answer: ComponentType<AnswerProps>;
}

/** The language file's Preact, lent to the answer file so that it carries no second copy. */
export interface SharedPreact {
	preact: typeof Preact;
	runtime: typeof PreactRuntime;
}

export const registerShared = (shared: SharedPreact) => register('shared', shared);
export const shared = () => registry().loaded.shared as SharedPreact;

/** What a shopper's text says: the model file (`/embed/finder-<lang>-model.js`), loaded on focus. */
export type LanguageModel = (text: string, today?: string) => Understanding;

type Kind = 'renderer' | 'answer' | 'model';
type Loaded = { renderer: LanguageRenderer; answer: LanguageAnswer; model: LanguageModel };
interface Waiter {
	resolve(value: unknown): void;
	reject(error: Error): void;
}

/**
 * Shared by finder.js and the files it loads, which are separate classic scripts. Plain objects
 * without a prototype, read with Object.hasOwn: a host page's polluted Object.prototype (an `en`
 * or a `then` added to it) cannot pass for a loaded file.
 */
interface Registry {
	loaded: Record<string, unknown>;
	waiting: Record<string, Waiter[]>;
}

const registryKey = Symbol.for('aliexpress-help-finder');

function registry(): Registry {
	const scope = globalThis as unknown as Record<symbol, Registry | undefined>;
	return (scope[registryKey] ??= {
		loaded: Object.create(null) as Record<string, unknown>,
		waiting: Object.create(null) as Record<string, Waiter[]>,
	});
}

/** Called by a file once it has run: settles everyone waiting for it. */
function register(key: string, value: unknown) {
	const { loaded, waiting } = registry();
	loaded[key] = value;
	const waiters = Object.hasOwn(waiting, key) ? waiting[key]! : [];
	delete waiting[key];
	for (const waiter of waiters) waiter.resolve(value);
}

export const registerRenderer = (lang: Lang, renderer: LanguageRenderer) =>
	register(`renderer:${lang}`, renderer);
export const registerAnswer = (lang: Lang, answer: LanguageAnswer) =>
	register(`answer:${lang}`, answer);
export const registerModel = (lang: Lang, model: LanguageModel) => register(`model:${lang}`, model);

const fileName = (kind: Kind, lang: Lang) =>
	kind === 'renderer' ? `finder-${lang}.js` : `finder-${lang}-${kind}.js`;

/** A file's value, loading it from beside `base` (finder.js) the first time; every waiter is settled. */
export function load<K extends Kind>(kind: K, lang: Lang, base: string): Promise<Loaded[K]> {
	const key = `${kind}:${lang}`;
	const { loaded, waiting } = registry();
	if (Object.hasOwn(loaded, key)) return Promise.resolve(loaded[key] as Loaded[K]);
	return new Promise((resolve, reject) => {
		const first = !Object.hasOwn(waiting, key);
		if (first) waiting[key] = [];
		waiting[key]!.push({ resolve: resolve, reject });
		if (!first) return;
		const script = document.createElement('script');
		script.src = new URL(fileName(kind, lang), base).href;
		script.async = true;
		// Blocked, missing, or run without registering (a host's Trusted Types): reject every waiter.
		const fail = () => {
			const waiters = registry().waiting[key] ?? [];
			delete registry().waiting[key];
			for (const waiter of waiters) waiter.reject(new Error(`could not load ${script.src}`));
		};
		script.onerror = fail;
		script.onload = () => {
			if (!Object.hasOwn(registry().loaded, key)) fail();
		};
		document.head.append(script);
	});
}
