/** The part of Pagefind's engine (`/pagefind/pagefind.js`) that the dialog's warm-up uses. */
export interface PagefindEngine {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<unknown>;
	search(term: string): Promise<{ results: { data(): Promise<unknown> }[] } | null>;
}
