/**
 * Pagefind's results as its default UI shows them (the same markup and classes, which Pagefind's
 * CSS and Starlight's search styles expect): the page's title and excerpt, then up to three of its
 * sections, the ones where the words are found most.
 * Logic from @pagefind/default-ui 1.5.2 (svelte/result_with_subs.svelte), rewritten without
 * Svelte; tests/unit/search/results-view.test.ts checks it against that file's rules.
 */
import type { PagefindResultData, PagefindSubResult } from './engine';

/** Up to `limit` sections: when there are more, the three with the most matches, in page order. */
export function thinSubResults(results: PagefindSubResult[], limit = 3): PagefindSubResult[] {
	if (results.length <= limit) return results;
	const top = [...results]
		.sort((a, b) => b.locations.length - a.locations.length)
		.slice(0, 3)
		.map((r) => r.url);
	return results.filter((r) => top.includes(r.url));
}

/** The sections to show under the page's title, and whether the page itself matched. */
export function sectionsOf(data: PagefindResultData): {
	hasRoot: boolean;
	sections: PagefindSubResult[];
} {
	const subs = Array.isArray(data.sub_results) ? data.sub_results : [];
	const hasRoot = subs[0]?.url === (data.meta?.url || data.url);
	return { hasRoot, sections: thinSubResults(hasRoot ? subs.slice(1) : [...subs]) };
}

/** An element with its classes: the one way the dialog's view makes its markup. */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
	const node = document.createElement(tag);
	node.className = className;
	return node;
};

function titleLink(text: string, href: string) {
	const title = el('p', 'pagefind-ui__result-title');
	const link = el('a', 'pagefind-ui__result-link');
	link.href = href;
	link.textContent = text;
	title.append(link);
	return title;
}

/** Pagefind's excerpt: the page's text, escaped by Pagefind, with the words found in <mark>. */
function excerpt(html: string) {
	const p = el('p', 'pagefind-ui__result-excerpt');
	p.innerHTML = html;
	return p;
}

/**
 * The first words of a page's text, for a page found without any word of the query on it (the
 * finder's problem page, src/search/ranked-search.ts): Pagefind gives it no excerpt.
 */
export function openingWords(content: string | undefined, count = 30): string {
	const words = (content ?? '').split(/\s+/).filter(Boolean);
	return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** A result still loading: dots where its title and excerpt will be, as Pagefind shows them. */
export function placeholderItem(): HTMLLIElement {
	const li = el('li', 'pagefind-ui__result');
	const inner = el('div', 'pagefind-ui__result-inner');
	const title = el('p', 'pagefind-ui__result-title pagefind-ui__loading');
	title.textContent = '. '.repeat(20);
	const text = el('p', 'pagefind-ui__result-excerpt pagefind-ui__loading');
	text.textContent = '. '.repeat(30);
	inner.append(title, text);
	li.append(inner);
	return li;
}

/** Fills a placeholder with a result's data; `formatURL` shapes its links. */
export function fillItem(
	li: HTMLLIElement,
	data: PagefindResultData,
	formatURL: (url: string) => string
): void {
	const inner = el('div', 'pagefind-ui__result-inner');
	inner.append(titleLink(data.meta?.title ?? '', formatURL(data.meta?.url || data.url)));
	const { hasRoot, sections } = sectionsOf(data);
	if (hasRoot && data.excerpt) inner.append(excerpt(data.excerpt));
	else if (!sections.length && data.content) {
		const opening = el('p', 'pagefind-ui__result-excerpt');
		opening.textContent = openingWords(data.content);
		inner.append(opening);
	}
	for (const section of sections) {
		const nested = el('div', 'pagefind-ui__result-nested');
		nested.append(titleLink(section.title, formatURL(section.url)), excerpt(section.excerpt));
		inner.append(nested);
	}
	li.replaceChildren(inner);
}
