// /embed/finder-fr.js: the embed for readers of this language (see ./renderer.ts).
import { enComposer } from '../../finder/messages/en-composer';
import { fr as messages } from '../../finder/messages/fr';
import { fr as phrases } from '../../finder/phrases/fr';
import { registerLanguage } from './renderer';

registerLanguage('fr', { messages, phrases, composerEn: enComposer, notice: __NOTICE__ });
