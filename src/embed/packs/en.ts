// /embed/finder-en.js: the embed for readers of this language (see ./renderer.ts).
import { en as messages } from '../../finder/languages/en/messages';
import { en as phrases } from '../../finder/languages/en/phrases';
import { registerLanguage } from './renderer';

registerLanguage('en', { messages, phrases, composerEn: messages.composer, notice: __NOTICE__ });
