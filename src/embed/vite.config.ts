/**
 * Builds the embed into public/embed/ (git-ignored; `astro build` copies it into dist/embed/),
 * one classic script per mode (`scripts/build-embed.ts` runs them all):
 *
 * - `core`: finder.js, the custom element (Preact, the engine, the Finder, its styles);
 * - `pack-fr`, `pack-en`, `pack-es`: finder-<lang>.js, one language's sentences, loaded by
 *   finder.js for the element's language only;
 * - `resize`: resize.js, the iframe resizer for hosts.
 *
 * Classic scripts, not modules: a cross-origin module needs CORS headers that most static hosts
 * do not send. The site's address (`siteUrl`, from SITE_URL) and the "independent site" line
 * are written in at build time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';
import { siteUrl } from '../data/site.ts';
import { isLang } from '../i18n/locales.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The "independent site" line, from the site's own UI strings (content/i18n/<lang>.json). */
function notice(lang: string) {
	const strings = JSON.parse(readFileSync(here(`../../content/i18n/${lang}.json`), 'utf8'));
	return { text: strings['site.independentNotice'], linkText: strings['site.aboutLink'] };
}

export function embedConfig(mode: string): InlineConfig {
	const lang = mode.startsWith('pack-') ? mode.slice('pack-'.length) : undefined;
	if (lang !== undefined && !isLang(lang)) throw new Error(`unknown embed language: ${lang}`);
	const [entry, fileName] =
		mode === 'resize' ? ['./resize.ts', 'resize.js'] : lang ? [`./packs/${lang}.ts`, `finder-${lang}.js`] : ['./index.ts', 'finder.js'];
	return {
		configFile: false,
		publicDir: false,
		logLevel: 'warn',
		define: { __SITE_URL__: JSON.stringify(siteUrl), __NOTICE__: JSON.stringify(lang ? notice(lang) : null) },
		oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
		build: {
			outDir: here('../../public/embed'),
			// The first build (core) empties the folder; the others add to it.
			emptyOutDir: mode === 'core',
			target: 'es2022',
			lib: { entry: here(entry), formats: ['iife'], name: 'AliexpressHelpFinder', fileName: () => fileName },
		},
	};
}

export const embedModes = ['core', 'pack-fr', 'pack-en', 'pack-es', 'resize'];

export default defineConfig(({ mode }) => embedConfig(mode === 'production' ? 'core' : mode));
