/** The little of Pagefind's engine and default UI our search uses (neither ships types). */
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		triggerSearch(term: string): void;
		/** The Svelte component behind it (what triggerSearch itself sets props on). */
		_pfs?: { $$set(props: Record<string, unknown>): void };
	}
}
