/** What `npm run bench` measures, and the budgets it holds the site to (issue 5). */
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

export const budgets = {
	/** Every Lighthouse category (performance, accessibility, best practices, SEO). */
	lighthouseScore: 100,
	/** JavaScript a guide page loads without interaction, gzip. Stock Starlight: 32.7 KB. */
	guideJsBytes: 10 * 1024,
	cumulativeLayoutShift: 0,
};
