/**
 * `npm run build:embed`: the embed's scripts alone (src/embed/vite.config.ts), into public/embed/;
 * `astro build` and `astro dev` build them too (config/embed.ts).
 */
import { buildEmbed } from '../config/embed.ts';

await buildEmbed();
