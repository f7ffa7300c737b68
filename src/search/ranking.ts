/**
 * Pagefind's ranking, given to Starlight (astro.config.mjs, then to the dialog) and to the
 * query-set runner. Each page's keywords weigh more than a heading (h1 is 7): they hold the very
 * words shoppers type. A lower page-length factor (default 0.75) stops the short problem pages
 * from outranking the guide a one-word query is about. Chosen by sweeping the query sets.
 */
export const pagefindRanking = {
	metaWeights: { keywords: 8 },
	pageLength: 0.4,
};
