/**
 * The strict Content-Security-Policy, checked on the build: every page carries Astro's policy in a
 * `<meta>`, no inline script runs unless its hash is in its page's policy, nothing needs
 * 'unsafe-inline' or 'unsafe-eval' for scripts; and `_headers` sends the same policy, with framing
 * refused everywhere but on the widget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/build-once';
import {
	formatPolicy,
	hashSources,
	inlineScripts,
	isHash,
	metaPolicies,
	parsePolicy,
	scriptElementSources,
} from '../support/csp';
import { htmlFiles, sitemapPaths } from '../support/site-pages';
import { parseHeaders } from '../support/static-server';

const files = htmlFiles(distDir);
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
const isWidget = (path: string) => /^\/[a-z]{2}\/widget\//.test(path);

describe.each(files)('%s', (file) => {
	const html = read(file);

	it('has one CSP that names the hash of every inline script, and allows no inline code otherwise', () => {
		const policies = metaPolicies(html);
		expect(policies).toHaveLength(1);
		const policy = parsePolicy(policies[0]!);
		const scriptSources = scriptElementSources(policy);
		expect(scriptSources).not.toContain("'unsafe-inline'");
		expect(scriptSources).not.toContain("'unsafe-eval'");
		expect(policy.get('script-src'), 'Pagefind runs WebAssembly').toContain("'wasm-unsafe-eval'");
		expect(policy.get('object-src')).toEqual(["'none'"]);
		const named = (body: string) => hashSources(body).some((hash) => scriptSources.includes(hash));
		const missing = inlineScripts(html).filter((body) => !named(body));
		expect(missing.map((body) => `${hashSources(body)[0]} for: ${body.trim().slice(0, 100)}`)).toEqual([]);
	});

	it('has no inline event handler and no javascript: URL (a hash cannot allow them)', () => {
		expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
		expect(html.match(/(href|src|action)\s*=\s*["']?\s*javascript:/gi) ?? []).toEqual([]);
	});
});

describe('public/_headers', () => {
	const text = readFileSync(join(distDir, '_headers'), 'utf8');
	const rules = parseHeaders(text);
	/** The headers a host sends for a path, each with the number of rules that set it. */
	const headersFor = (path: string) => {
		const found = new Map<string, string[]>();
		for (const rule of rules.filter((r) => r.pattern.test(path))) {
			for (const [name, value] of rule.headers) {
				found.set(name.toLowerCase(), [...(found.get(name.toLowerCase()) ?? []), value]);
			}
		}
		return found;
	};
	const pages = [...sitemapPaths(distDir), '/404.html'];

	it('is copied into the build', () => {
		expect(existsSync(join(distDir, '_headers'))).toBe(true);
		expect(text).toBe(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
	});

	it.each(pages)('%s: sends each header once (hosts merge the rules that match a path)', (path) => {
		const repeated = [...headersFor(path)].filter(([, values]) => values.length > 1).map(([name]) => name);
		expect(repeated).toEqual([]);
	});

	it.each(pages)('%s: sends the page’s own policy as a header, hashes of its inline scripts included', (path) => {
		const html = read(path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));
		const meta = parsePolicy(metaPolicies(html)[0]!);
		const header = parsePolicy(headersFor(path).get('content-security-policy')?.[0] ?? '');
		const inlineHashes = inlineScripts(html).map((body) => hashSources(body)[0]!);
		// What the header should say: the meta's policy, with only the hashes of inline scripts
		// (the others are files, allowed by 'self').
		const expected = new Map(
			[...meta].map(([name, tokens]) => [
				name,
				name.startsWith('script-src') ? [...tokens.filter((t) => !isHash(t)), ...new Set(allInlineHashes())] : tokens,
			])
		);
		const hint = `Content-Security-Policy: ${formatPolicy(expected)}`;
		const withoutHashes = (p: typeof meta) =>
			[...p]
				.map(([name, tokens]) => [name, tokens.filter((t) => !isHash(t))] as const)
				.sort(([a], [b]) => a.localeCompare(b));
		expect(withoutHashes(header), hint).toEqual(withoutHashes(meta));
		for (const hash of inlineHashes) expect(header.get('script-src'), hint).toContain(hash);
		for (const hash of header.get('script-src')!.filter(isHash)) {
			expect(allInlineHashes(), `stale ${hash}\n${hint}`).toContain(hash);
		}
	});

	it.each(pages)('%s: refuses to be framed unless it is the widget', (path) => {
		const headers = headersFor(path);
		const frameAncestors = parsePolicy(headers.get('content-security-policy')?.[0] ?? '').get('frame-ancestors');
		if (isWidget(path)) {
			expect(headers.get('x-frame-options')).toBeUndefined();
			expect(frameAncestors ?? ['*']).toEqual(['*']);
		} else {
			const refused = headers.get('x-frame-options')?.[0] === 'DENY' || frameAncestors?.join(' ') === "'none'";
			expect(refused, 'X-Frame-Options: DENY or frame-ancestors \'none\'').toBe(true);
		}
		expect(headers.get('x-content-type-options')).toEqual(['nosniff']);
	});

	it('lets any site load the embed’s script', () => {
		const headers = headersFor('/embed/finder.js');
		expect(headers.get('access-control-allow-origin')).toEqual(['*']);
		expect(headers.get('cross-origin-resource-policy')).toEqual(['cross-origin']);
		expect(headers.get('x-frame-options')).toBeUndefined();
	});
});

/** The hashes of every inline script of the build, once each, in a stable order. */
let inlineHashCache: string[] | undefined;
function allInlineHashes(): string[] {
	inlineHashCache ??= [
		...new Set(files.flatMap((file) => inlineScripts(read(file)).map((body) => hashSources(body)[0]!))),
	];
	return inlineHashCache;
}
