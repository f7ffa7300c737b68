/**
 * The channel finder's public API: pure TypeScript, no DOM. The page, the static problem pages,
 * the embed and the tests all call these functions.
 */
import { en as enMessages, enHints } from './messages/en';
import { es as esMessages, esHints } from './messages/es';
import { fr as frMessages, frHints } from './messages/fr';
import type { FinderMessages, ProblemHints } from './messages/types';
import { en as enPhrases } from './phrases/en';
import { es as esPhrases } from './phrases/es';
import { fr as frPhrases } from './phrases/fr';
import type { ProblemPhrases } from './phrases/types';
import { classifyWith } from './classify';
import { recommendWith } from './recommend';
import { defaultLang, isLang, type Lang } from '../i18n/locales';
import type { FinderInput, ProblemId, Recommendation } from './types';

export * from './types';
export type { FinderMessages, ComposerMessages, UiMessages, Outcome, ProblemHints } from './messages/types';
export { outcomes } from './messages/types';
export type { ProblemPhrases } from './phrases/types';
export { classifyWith, normalize } from './classify';
export { recommendWith, defaultProblem } from './recommend';
export { composeMessage, cleanOrderNumber, defaultOutcome } from './compose';
export { chinaTime } from './china-time';
export { parseIsoDate, formatIsoDate, todayIso } from './dates';

/** Every language's finder sentences. Browser code should load only the reader's. */
export const finderMessages: Record<Lang, FinderMessages> = { fr: frMessages, en: enMessages, es: esMessages };
export const problemHints: Record<Lang, ProblemHints> = { fr: frHints, en: enHints, es: esHints };
export const problemPhrases: Record<Lang, ProblemPhrases> = { fr: frPhrases, en: enPhrases, es: esPhrases };

/** The likeliest problems for a description, best first, at most 3; empty when nothing fits. */
export function classify(text: string, lang: Lang): ProblemId[] {
	return classifyWith(problemPhrases[isLang(lang) ? lang : defaultLang], text);
}

/** Every channel, best first, with reasons, cautions and deadlines in the input's language. */
export function recommend(input: FinderInput): Recommendation {
	const lang = isLang(input?.lang) ? input.lang : defaultLang;
	return recommendWith(finderMessages[lang], input);
}
