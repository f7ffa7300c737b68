// /embed/finder-es.js: the embed for readers of this language (see ./renderer.ts).
import { enComposer } from '../../finder/messages/en-composer';
import { es as messages } from '../../finder/messages/es';
import { es as phrases } from '../../finder/phrases/es';
import { registerLanguage } from './renderer';

registerLanguage('es', { messages, phrases, composerEn: enComposer, notice: __NOTICE__ });
