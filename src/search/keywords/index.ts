/** Each language's search keywords for the problem pages `/{lang}/problems/<id>/`. */
import type { ProblemId } from '~/finder/types';
import type { Lang } from '~/i18n/locales';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

export const problemKeywords: Record<Lang, Record<ProblemId, string>> = { fr, en, es };
