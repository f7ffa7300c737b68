/**
 * The build-time plugin that applies French punctuation spacing (src/i18n/french-typography.ts)
 * to the guides written in French. Astro 7 renders Markdown and MDX with Sätteri, so it is a
 * Sätteri plugin, registered on `markdown.processor` in astro.config.mjs; MDX and Starlight
 * inherit that processor. It works on the Markdown tree's text nodes, before the HTML tree is
 * made: inline code and code blocks are other node types, so they are never touched, and the
 * headings are already typeset when Starlight copies them into the table of contents and the
 * anchor links' labels (an HTML-tree pass comes too late for those). The page's language comes
 * from its file path (content/docs/fr/…).
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
// astro.config.mjs loads this file before Vite's `~` alias exists: a relative import is needed.
import { frenchTypography } from '../src/i18n/french-typography.ts';

export function isFrenchDoc(path: string | undefined): boolean {
	return typeof path === 'string' && /(?:^|[\\/])content[\\/]docs[\\/]fr[\\/]/.test(path);
}

/** The plugin itself, for one French document. */
export const frenchTypographyPlugin: MdastPluginDefinition = {
	name: 'french-typography',
	text(node) {
		const value = frenchTypography(node.value);
		if (value !== node.value) return { type: 'text', value };
	},
};

/** The entry for `mdastPlugins`: the plugin on French guides, nothing elsewhere. */
export default function frenchTypographyForFrenchDocs({ fileURL }: PluginFactoryContext) {
	return fileURL && isFrenchDoc(fileURLToPath(fileURL)) ? frenchTypographyPlugin : undefined;
}
