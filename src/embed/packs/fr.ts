// /embed/finder-fr.js: the embed for readers of this language (see ./renderer.ts).
import { enComposer } from '../../finder/languages/en/composer';
import { fr as messages } from '../../finder/languages/fr/messages';
import { fr as phrases } from '../../finder/languages/fr/phrases';
import { registerLanguage } from './renderer';

registerLanguage('fr', { messages, phrases, composerEn: enComposer, notice: __NOTICE__ });
