/**
 * The finder's reading of a query, for the search dialog: its model, loaded once per language on
 * first use, and never on page view (a glob, so search still works in a build without it).
 */
import type { Lang } from '~/i18n/locales';
import type { ProblemGuess } from './rank';

type Guess = (text: string) => ProblemGuess | undefined;

const reading = import.meta.glob<{ loadProblemGuess(lang: Lang): Promise<Guess> }>(
	'/src/finder/understand/load.ts'
);
const guesses = new Map<Lang, Promise<Guess | undefined>>();

/** Starts loading the finder's model for the language (once); undefined if it cannot. */
export function loadGuess(lang: Lang): Promise<Guess | undefined> {
	let guess = guesses.get(lang);
	if (!guess) {
		const load = Object.values(reading)[0];
		guess = load
			? load()
					.then((module) => module.loadProblemGuess(lang))
					.catch(() => undefined)
			: Promise.resolve(undefined);
		guesses.set(lang, guess);
	}
	return guess;
}
