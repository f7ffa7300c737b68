import { enComposer } from '../en/composer';
import type { FinderLanguage } from '../types';
import { es as messages } from './messages';

/** The finder in this language: what a page, the widget or the embed hands to the views. */
export const language: FinderLanguage = { lang: 'es', messages, composerEn: enComposer };
