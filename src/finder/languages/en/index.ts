import { enComposer } from './composer';
import type { FinderLanguage } from '../types';
import { en as messages } from './messages';

/** The finder in this language: what a page, the widget or the embed hands to the views. */
export const language: FinderLanguage = { lang: 'en', messages, composerEn: enComposer };
