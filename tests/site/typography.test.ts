/**
 * French punctuation spacing in the built French pages: no ordinary space before ; : ! ? and
 * none inside « », in the text a reader sees (code, scripts and styles left out). The guides get
 * it from config/rehype-french-typography.ts, the UI strings from content/i18n/fr.json, the
 * finder from its sentences: all three through src/i18n/french-typography.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../tooling/build-once';
import { htmlFiles } from '../support/site-pages';

/** Elements whose text is not prose a reader reads as French. */
const hidden = new Set(['code', 'pre', 'script', 'style', 'template', 'kbd', 'samp']);

function textOf(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && hidden.has(node.tagName)) return '';
	return 'children' in node ? node.children.map(textOf).join('') : '';
}

function find(node: Nodes, tagName: string): Element | undefined {
	if (node.type === 'element' && node.tagName === tagName) return node;
	if (!('children' in node)) return undefined;
	for (const child of node.children) {
		const found = find(child, tagName);
		if (found) return found;
	}
	return undefined;
}

/** What a reader sees of a page: its title and body text, without code, scripts and styles. */
export function visibleText(html: string): string {
	const root = htmlToHast(html) as unknown as Root;
	const title = find(root, 'title');
	const body = find(root, 'body') ?? root;
	return `${title ? textOf(title) : ''}\n${textOf(body)}`;
}

/** Each place where French spacing is wrong, with a little context. */
export function spacingFaults(text: string): string[] {
	const faults = [...text.matchAll(/[ \n\t][;:!?]|«[ \n\t]|[ \n\t]»/g)];
	return faults.map((m) => JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 10)));
}

describe('the checker', () => {
	it('finds ordinary spaces and accepts the right ones', () => {
		expect(spacingFaults('Qui ? Voir : « x »')).toHaveLength(4);
		expect(spacingFaults('Qui\u202F? Voir\u00A0: «\u202Fx\u202F»')).toEqual([]);
		expect(
			visibleText('<body><p>a&#x202F;?</p><code>a ? b</code><script>x ? y : z</script></body>')
		).not.toMatch(/ [?:]/);
	});
});

const frenchPages = htmlFiles(distDir).filter((file) => file.startsWith('fr/'));

describe('French pages of the build', () => {
	it('exist', () => expect(frenchPages.length).toBeGreaterThan(10));
	it.each(frenchPages)('%s has French punctuation spacing', (file) => {
		expect(spacingFaults(visibleText(readFileSync(join(distDir, file), 'utf8')))).toEqual([]);
	});
});
