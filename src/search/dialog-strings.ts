/**
 * The dialog's sentences in the page's language: Starlight's Pagefind translations (its `pagefind.*`
 * keys, ours in content/i18n, and `search_unavailable` from `search.unavailable`), passed by the search component as JSON, Pagefind's English where
 * one is missing. [COUNT] and [SEARCH_TERM] are Pagefind's placeholders.
 */
const english = {
	placeholder: 'Search',
	search_label: 'Search this site',
	clear_search: 'Clear',
	load_more: 'Load more results',
	searching: 'Searching for [SEARCH_TERM]...',
	zero_results: 'No results for [SEARCH_TERM]',
	one_result: '[COUNT] result for [SEARCH_TERM]',
	many_results: '[COUNT] results for [SEARCH_TERM]',
	search_unavailable: 'Search is not responding right now: try again later.',
};

export type DialogStrings = ReturnType<typeof dialogStrings>;

export function dialogStrings(json: string | undefined) {
	let given: Record<string, unknown> = {};
	try {
		given = JSON.parse(json || '{}') as Record<string, unknown>;
	} catch {
		// Pagefind's English, then.
	}
	const t = (key: keyof typeof english) => {
		const value = given[key];
		return typeof value === 'string' && value ? value : english[key];
	};
	const fill = (template: string, term: string, count?: string) =>
		template.replace('[SEARCH_TERM]', term).replace('[COUNT]', count ?? '');
	return {
		label: t('search_label'),
		clear: t('clear_search'),
		loadMore: t('load_more'),
		unavailable: t('search_unavailable'),
		searching: (term: string) => fill(t('searching'), term),
		count(n: number, term: string, locale: string) {
			const key = n === 0 ? 'zero_results' : n === 1 ? 'one_result' : 'many_results';
			return fill(t(key), term, new Intl.NumberFormat(locale).format(n));
		},
	};
}
