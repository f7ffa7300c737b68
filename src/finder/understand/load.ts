import type { Lang } from '../types';
import type { TextModel, Understanding } from './types';

/** Each language's model, in a chunk of its own: only the reader's language is ever fetched. */
const models = import.meta.glob<TextModel>('../languages/*/model.json', { import: 'default' });
const loading = new Map<Lang, Promise<(text: string, today?: string) => Understanding>>();

/**
 * The finder's understanding of one language, loaded the first time it is asked for (when the
 * shopper focuses the box or starts typing), never on page load: the model and the code that
 * reads it come in chunks of their own.
 */
export function loadUnderstanding(
	lang: Lang
): Promise<(text: string, today?: string) => Understanding> {
	let promise = loading.get(lang);
	if (!promise) {
		const load = models[`../languages/${lang}/model.json`];
		promise = load
			? Promise.all([load(), import('./index')]).then(
					([model, { understandWith }]) =>
						(text: string, today?: string) =>
							understandWith(model, text, lang, today)
				)
			: Promise.reject(new Error(`no model for ${lang}`));
		loading.set(lang, promise);
		// A failed load may be tried again later.
		promise.catch(() => loading.delete(lang));
	}
	return promise;
}
