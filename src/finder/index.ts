/**
 * The channel finder's server-side entry: pure TypeScript, no DOM, with every language's
 * sentences (the static pages, the build, the tests). Browser code imports `~/finder/browser`,
 * which has no language in it, and gets its one language's sentences as props.
 */
import { en as enMessages, enHints } from './languages/en/messages';
import { es as esMessages, esHints } from './languages/es/messages';
import { fr as frMessages, frHints } from './languages/fr/messages';
import { enLetter } from './languages/en/letter';
import { esLetter } from './languages/es/letter';
import { frLetter } from './languages/fr/letter';
import { language as en } from './languages/en';
import { language as es } from './languages/es';
import { language as fr } from './languages/fr';
import type {
	FinderLanguage,
	FinderMessages,
	LetterMessages,
	ProblemHints,
} from './languages/types';
import enModel from './languages/en/model.json';
import esModel from './languages/es/model.json';
import frModel from './languages/fr/model.json';
import { understandWith, type TextModel, type Understanding } from './understand';
import { recommendWith } from './recommend';
import { defaultLang, isLang, type Lang } from '../i18n/locales';
import type { FinderInput, ProblemId, Recommendation } from './types';

// Everything the browser entry has, plus every language's sentences below.
export * from './browser';
export type { TextModel, Understanding } from './understand';

/** The finder in each language: a page hands its own one to the views. */
export const finderLanguages: Record<Lang, FinderLanguage> = { fr, en, es };

/** Every language's finder sentences. Browser code should load only the reader's. */
export const finderMessages: Record<Lang, FinderMessages> = {
	fr: frMessages,
	en: enMessages,
	es: esMessages,
};
export const problemHints: Record<Lang, ProblemHints> = { fr: frHints, en: enHints, es: esHints };

/** Each language's trained text classifier (the browser loads one, lazily: understand/load.ts). */
export const textModels: Record<Lang, TextModel> = {
	fr: frModel as TextModel,
	en: enModel as TextModel,
	es: esModel as TextModel,
};

/** What a shopper's text says: the problems, best first, and the order number, seller, dates. */
export function understand(text: string, lang: Lang, today?: string): Understanding {
	const language = isLang(lang) ? lang : defaultLang;
	return understandWith(textModels[language], text, language, today);
}

/** The likeliest problems for a description, best first, at most 3; empty when nothing fits. */
export function classify(text: string, lang: Lang): ProblemId[] {
	return understand(text, lang).problems;
}

/** Every channel, best first, with reasons, cautions and deadlines in the input's language. */
export function recommend(input: FinderInput): Recommendation {
	const lang = isLang(input?.lang) ? input.lang : defaultLang;
	return recommendWith(finderMessages[lang], input);
}

/** The printable letter's sentences, every language. */
export const letterMessages: Record<Lang, LetterMessages> = {
	fr: frLetter,
	en: enLetter,
	es: esLetter,
};
