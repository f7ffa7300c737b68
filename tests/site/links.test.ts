/**
 * Zero broken links in the build: every internal link, stylesheet, script, image and frame points
 * at a file that exists, and every `#fragment` at an element of the target page. Links to the
 * site's own address (canonical, hreflang) count as internal; links to other sites are not
 * fetched (the tests run offline).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../tooling/build-once';
import { fileToPath, htmlFiles } from '../support/site-pages';

const files = htmlFiles(distDir);
const entities: Record<string, string> = {
	'&amp;': '&',
	'&#39;': "'",
	'&quot;': '"',
	'&lt;': '<',
	'&gt;': '>',
};
const decode = (value: string) =>
	value.replace(/&(amp|#39|quot|lt|gt);/g, (entity) => entities[entity]!);

/** The site's own origin, as the sitemap writes it (SITE_URL at build time). */
const sitemapIndex = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
const siteOrigin = new URL(/<loc>([^<]+)<\/loc>/.exec(sitemapIndex)![1]!).origin;

/** The ids a page's fragments can point at. */
const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		const html = readFileSync(join(distDir, file), 'utf8');
		ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]!)));
		idsCache.set(file, ids);
	}
	return ids;
}

/** Every URL the page's markup points at: links, resources, frames, form targets. */
function referencesOf(html: string): string[] {
	const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
	const tags =
		withoutScripts.match(/<(a|area|link|script|img|iframe|source|form|use|image)\b[^>]*>/gi) ?? [];
	const urls = /\s(?:href|src|action|xlink:href)="([^"]*)"/g;
	return tags.flatMap((tag) => [...tag.matchAll(urls)].map((m) => decode(m[1]!)));
}

/** The file a URL path is served from, if any (`/x/` → `x/index.html`). */
function fileFor(pathname: string): string | undefined {
	const path = decodeURIComponent(pathname).replace(/^\//, '');
	const candidates =
		path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
	return candidates.find(
		(c) => existsSync(join(distDir, c)) && statSync(join(distDir, c)).isFile()
	);
}

/** What is wrong with one reference from a page, or undefined when it is fine. */
function problemWith(reference: string, fromFile: string): string | undefined {
	if (/^(mailto|tel|data|javascript):/i.test(reference) || reference === '#') return undefined;
	const url = new URL(reference, `${siteOrigin}${fileToPath(fromFile)}`);
	if (url.origin !== siteOrigin) return undefined;
	const target = url.pathname === fileToPath(fromFile) ? fromFile : fileFor(url.pathname);
	if (!target) return `${reference}: no such page or file`;
	const id = decodeURIComponent(url.hash.slice(1));
	if (id && target.endsWith('.html') && !idsOf(target).has(id)) {
		return `${reference}: no element with id "${id}" on ${fileToPath(target)}`;
	}
	return undefined;
}

describe('links', () => {
	it('finds the site’s own address in the sitemap', () => {
		expect(siteOrigin).toMatch(/^https?:\/\//);
	});

	it.each(files)('%s: every link and resource resolves', (file) => {
		const references = referencesOf(readFileSync(join(distDir, file), 'utf8'));
		expect(references.length).toBeGreaterThan(0);
		const broken = [...new Set(references)].map((r) => problemWith(r, file)).filter(Boolean);
		expect(broken).toEqual([]);
	});
});
