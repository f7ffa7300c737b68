/**
 * Every budget the project holds itself to, in one place: `npm run size` (scripts/sizes/),
 * `npm run bench` (bench/) and `npm run bench:finder` read them from here. Not timed tests: the
 * benchmarks and the size script fail above them.
 */
const KB = 1024;

/** Bytes, gzip. */
export const sizeBudgets = {
	/** The finder page's JavaScript before any typing, Preact included. */
	finderIsland: 20 * KB,
	/** The embed's first files in one language (finder.js + finder-<lang>.js). */
	embedFirstFile: 20 * KB,
	/** The embed's answer file, loaded on intent. */
	embedAnswerFile: 25 * KB,
	/** One language's classifier, its model and code, loaded on focus or the first key. */
	model: 25 * KB,
	/** The iframe resizer hosts paste. */
	resizer: 1 * KB,
	/** JavaScript a guide page loads without interaction. Stock Starlight: 32.7 KB. */
	guideJs: 10 * KB,
	/**
	 * A language's search index, fetched whole at the first sign of a search, before any word is
	 * typed (config/pagefind-preload.ts); a larger index loads chunk by chunk as the reader types.
	 * Pagefind's files are gzip already.
	 */
	preloadedIndex: 32 * KB,
};

/** Lighthouse (default mobile settings), every page type of `npm run bench`. */
export const pageBudgets = {
	/** Every category: performance, accessibility, best practices, SEO. */
	lighthouseScore: 100,
	cumulativeLayoutShift: 0,
};

/** The first search, ours / stock Starlight's (bench/search-twin.ts). */
export const searchBudgets = {
	slowPhoneTap: 0.8,
	slowPhoneHover: 0.6,
	otherPaths: 1,
};

/** `understand()` in milliseconds on this project's machine (npm run bench:finder). */
export const finderSpeedBudgets = {
	/** Median on a 500-character text. */
	median500Chars: 2,
	/** Any input at all: a 1 MB paste, junk, emoji, right-to-left text. */
	worstInput: 50,
};
