/** What `npm run bench` measures, and the budgets (config/budgets.ts) it holds the site to. */
import { pageBudgets, sizeBudgets } from '../config/budgets';
import type { Lang } from '../src/i18n/locales';

/** One page of each type, by slug under the language prefix. */
export const pageTypes = [
	{ type: 'home', slug: '' },
	{ type: 'guide', slug: 'refunds/' },
	{ type: 'finder', slug: 'finder/' },
	{ type: 'problem page', slug: 'problems/parcel-lost/' },
	{ type: 'embed guide', slug: 'embed/' },
] as const;

export type PageType = (typeof pageTypes)[number]['type'];

/** The first search: each language's word for refund. */
export const searchQueries: Record<Lang, string> = {
	fr: 'remboursement',
	en: 'refund',
	es: 'reembolso',
};

/** Lighthouse runs per page; the figures are their medians. */
export const lighthouseRuns = 3;

/** The budgets, from the project's one budgets file. */
export const budgets = { ...pageBudgets, guideJsBytes: sizeBudgets.guideJs };
