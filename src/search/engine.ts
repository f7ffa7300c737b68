/** The part of Pagefind's engine (`/pagefind/pagefind.js`) that the search dialog uses. */
export interface PagefindEngine {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<unknown>;
	preload(term: string): Promise<void>;
	/** `null` with filters: every page that has them (https://pagefind.app/docs/js-api-filtering/). */
	search(
		term: string | null,
		options?: { filters?: Record<string, string> }
	): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
}

/** A result's data (https://pagefind.app/docs/api/#loading-a-result). */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text. */
	content?: string;
	meta: { title?: string; url?: string };
	sub_results: PagefindSubResult[];
}
