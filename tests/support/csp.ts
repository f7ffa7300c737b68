/**
 * Reading Content-Security-Policies and the inline scripts they must name, from built HTML.
 */
import { createHash } from 'node:crypto';

export type Policy = Map<string, string[]>;

/** `script-src 'self' 'sha256-…'; style-src …` → directive → tokens (lower-case names). */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...tokens] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), tokens);
	}
	return policy;
}

/** The policies of a page's `<meta http-equiv="content-security-policy">` elements. */
export function metaPolicies(html: string): string[] {
	return [...html.matchAll(/<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/gi)].map(
		(m) =>
			/content="([^"]*)"/i.exec(m[0])?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"') ?? ''
	);
}

/** The bodies of the scripts a browser runs inline: no `src`, a JavaScript type. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs]) => !/\bsrc=/i.test(attrs!))
		.filter(([, attrs]) => {
			const type = /\btype="([^"]*)"/i.exec(attrs!)?.[1]?.toLowerCase();
			return !type || type === 'module' || type.includes('javascript');
		})
		.map(([, , body]) => body!);
}

/** The CSP source of a script body, in each algorithm a policy may use. */
export function hashSources(body: string): string[] {
	return (['sha256', 'sha384', 'sha512'] as const).map(
		(algorithm) => `'${algorithm}-${createHash(algorithm).update(body, 'utf8').digest('base64')}'`
	);
}

export const isHash = (token: string) => /^'sha(256|384|512)-/.test(token);

/** The directive that governs inline `<script>` elements: script-src-elem, else script-src, else default-src. */
export function scriptElementSources(policy: Policy): string[] {
	return (
		policy.get('script-src-elem') ?? policy.get('script-src') ?? policy.get('default-src') ?? []
	);
}

/** Serialises a policy the way `_headers` writes it. */
export function formatPolicy(policy: Policy): string {
	return [...policy].map(([name, tokens]) => [name, ...tokens].join(' ')).join('; ');
}
