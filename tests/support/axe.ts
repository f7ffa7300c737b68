/**
 * axe-core in a page, with the WCAG 2.2 A and AA rules (axe's tags for 2.0, 2.1 and 2.2), and the
 * two colour themes a reader can pick.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no `wcag22a` tag: 2.2 added no A rule it tests). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Theme = 'light' | 'dark';

/**
 * Loads axe into every page and frame of the context before the page's own scripts (through the
 * browser's debugging protocol, so the site's CSP needs no exception for it).
 */
export async function installAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: axeSource });
}

interface AxeNode {
	target: unknown[];
	failureSummary?: string;
	html: string;
}
interface AxeResult {
	id: string;
	impact?: string;
	help: string;
	nodes: AxeNode[];
}

/** The violations on the page as it is now, one line per element. */
export async function axeViolations(page: Page): Promise<string[]> {
	const violations = await page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: { run: (...args: unknown[]) => Promise<{ violations: AxeResult[] }> };
			}
		).axe;
		const results = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return results.violations;
	}, wcagTags);
	return violations.flatMap((v) =>
		v.nodes.map((n) => {
			const why = (n.failureSummary ?? '').replace(/\s+/g, ' ');
			return `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}: ${why} ${n.html.slice(0, 160)}`;
		})
	);
}

/**
 * Shows the page in a theme, as a reader's choice would: Starlight's stored theme and its
 * `data-theme`, and the system colour scheme (the pages outside Starlight follow it).
 */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	await page.evaluate((theme) => {
		localStorage.setItem('starlight-theme', theme);
		if (document.documentElement.dataset.theme) document.documentElement.dataset.theme = theme;
	}, theme);
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
}
