/** Each language's search keywords for the generated pages: problems and the letter. */
import type { ProblemId } from '~/finder/types';
import type { Lang } from '~/i18n/locales';
import { en, enLetter } from './en';
import { es, esLetter } from './es';
import { fr, frLetter } from './fr';

export const problemKeywords: Record<Lang, Record<ProblemId, string>> = { fr, en, es };

/** And for the printable letter's page, `/{lang}/letter/`. */
export const letterKeywords: Record<Lang, string> = { fr: frLetter, en: enLetter, es: esLetter };
