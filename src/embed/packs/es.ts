// /embed/finder-es.js: the embed for readers of this language (see ./renderer.ts).
import { enComposer } from '../../finder/languages/en/composer';
import { es as messages } from '../../finder/languages/es/messages';
import { es as phrases } from '../../finder/languages/es/phrases';
import { registerLanguage } from './renderer';

registerLanguage('es', { messages, phrases, composerEn: enComposer, notice: __NOTICE__ });
