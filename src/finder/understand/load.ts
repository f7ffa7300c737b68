import type { Lang, ProblemId } from '../types';
import type * as Reading from './index';
import type { TextModel, Understanding } from './types';

/** Each language's model, in a chunk of its own: only the reader's language is ever fetched. */
const models = import.meta.glob<TextModel>('../languages/*/model.json', { import: 'default' });
const loading = new Map<Lang, Promise<[TextModel, typeof Reading]>>();

/** One language's model and the code that reads it, fetched once (again after a failure). */
function loadModel(lang: Lang): Promise<[TextModel, typeof Reading]> {
	let promise = loading.get(lang);
	if (!promise) {
		const load = models[`../languages/${lang}/model.json`];
		promise = load
			? Promise.all([load(), import('./index')])
			: Promise.reject(new Error(`no model for ${lang}`));
		loading.set(lang, promise);
		// A failed load may be tried again later.
		promise.catch(() => loading.delete(lang));
	}
	return promise;
}

/**
 * The finder's understanding of one language, loaded the first time it is asked for (when the
 * shopper focuses the box or starts typing), never on page load: the model and the code that
 * reads it come in chunks of their own.
 */
export async function loadUnderstanding(
	lang: Lang
): Promise<(text: string, today?: string) => Understanding> {
	const [model, { understandWith }] = await loadModel(lang);
	return (text: string, today?: string) => understandWith(model, text, lang, today);
}

/** The same model's best problem for a text and how sure it is (the search's ranking). */
export async function loadProblemGuess(
	lang: Lang
): Promise<(text: string) => { problem: ProblemId; score: number; share: number } | undefined> {
	const [model, { guessWith }] = await loadModel(lang);
	return (text: string) => guessWith(model, text);
}
