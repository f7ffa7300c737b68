/**
 * Lighthouse with its default mobile settings (emulated phone, simulated slow 4G and CPU), run
 * several times on a page; each figure is the median of the runs.
 */
import lighthouse from 'lighthouse';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseFigures {
	scores: Record<Category, number>;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** What cost points, in any run: `category/audit (value, value…)`. */
	shortfalls: string[];
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One run; a run Lighthouse itself reports as broken (a lost trace, say) is tried again, twice. */
async function lighthouseRun(url: string, port: number, attempts = 3) {
	for (let attempt = 1; ; attempt++) {
		const result = await lighthouse(url, {
			port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...categories],
		});
		const error = result ? result.lhr.runtimeError?.message : 'no result';
		if (result && !error) return result.lhr;
		if (attempt === attempts)
			throw new Error(`Lighthouse failed ${attempts} times on ${url}: ${error}`);
		process.stderr.write(`Lighthouse failed on ${url} (${error}); trying again\n`);
	}
}

export async function lighthouseMedian(
	url: string,
	port: number,
	runs: number
): Promise<LighthouseFigures> {
	const results: Awaited<ReturnType<typeof lighthouseRun>>[] = [];
	for (let i = 0; i < runs; i++) results.push(await lighthouseRun(url, port));
	const score = (category: Category) =>
		median(results.map((lhr) => Math.round((lhr.categories[category]?.score ?? 0) * 100)));
	const audit = (id: string) =>
		median(results.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
	// Audits that cost points in any run, each with the values the runs gave.
	const shortfalls = new Map<string, Set<string>>();
	for (const lhr of results) {
		for (const category of categories) {
			for (const ref of lhr.categories[category]?.auditRefs ?? []) {
				const a = lhr.audits[ref.id];
				if (!a || ref.weight === 0 || a.score === null || a.score >= 1) continue;
				const key = `${category}/${a.id}`;
				shortfalls.set(
					key,
					(shortfalls.get(key) ?? new Set()).add(a.displayValue ?? String(a.score))
				);
			}
		}
	}
	return {
		scores: Object.fromEntries(categories.map((c) => [c, score(c)])) as Record<Category, number>,
		lcpMs: audit('largest-contentful-paint'),
		tbtMs: audit('total-blocking-time'),
		cls: audit('cumulative-layout-shift'),
		shortfalls: [...shortfalls].map(([key, values]) => `${key} (${[...values].join(', ')})`),
	};
}
