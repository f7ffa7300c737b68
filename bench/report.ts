/** The bench's figures as a console table, a Markdown table (for the README) and JSON. */
import type { Lang } from '../src/i18n/locales';
import type { PageType } from './config';
import type { FirstSearch } from './first-search';
import type { LighthouseFigures } from './lighthouse';
import type { PageBytes } from './page-bytes';

/** One budget of the bench, checked (bench/budgets.ts). */
export interface BudgetCheck {
	name: string;
	value: number;
	limit: string;
	passed: boolean;
}

export interface PageResult {
	type: PageType;
	lang: Lang;
	path: string;
	bytes: PageBytes;
	lighthouse: LighthouseFigures;
}

export interface BenchResults {
	date: string;
	machine: {
		cpu: string;
		cores: number;
		memoryGb: number;
		os: string;
		node: string;
		chromium: string;
	};
	buildSeconds: number | null;
	lighthouseRuns: number;
	pages: PageResult[];
	search: (FirstSearch & { lang: Lang })[];
	budgets: BudgetCheck[];
	passed: boolean;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => String(Math.round(value));

function rows(results: BenchResults): string[][] {
	return results.pages.map((p) => [
		p.type,
		p.lang,
		kb(p.bytes.html),
		kb(p.bytes.css),
		kb(p.bytes.js),
		kb(p.bytes.total),
		String(p.lighthouse.scores.performance),
		String(p.lighthouse.scores.accessibility),
		String(p.lighthouse.scores['best-practices']),
		String(p.lighthouse.scores.seo),
		ms(p.lighthouse.lcpMs),
		ms(p.lighthouse.tbtMs),
		p.lighthouse.cls.toFixed(3),
	]);
}

const pageHeader = ['page', 'lang', 'HTML KB', 'CSS KB', 'JS KB', 'total KB'].concat([
	'perf',
	'a11y',
	'best pr.',
	'SEO',
	'LCP ms',
	'TBT ms',
	'CLS',
]);
const searchHeader = ['lang', 'query', 'first search ms', 'KB', 'requests'];
const searchRows = (results: BenchResults) =>
	results.search.map((s) => [s.lang, s.query, String(s.ms), kb(s.bytes), String(s.requests)]);

function plain(header: string[], body: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
	// Names left-aligned, figures right-aligned.
	const cell = (c: string, i: number) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!));
	const line = (cells: string[]) => cells.map(cell).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function markdown(header: string[], body: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [
		line(header),
		line(header.map((_, i) => (i < 2 ? '---' : '---:'))),
		...body.map(line),
	].join('\n');
}

export function machineLine(results: BenchResults): string {
	const m = results.machine;
	const hardware = `${m.cpu} (${m.cores} cores), ${m.memoryGb} GB RAM`;
	return `${results.date.slice(0, 10)}, ${hardware}, ${m.os}, Node ${m.node}, ${m.chromium}`;
}

export function consoleReport(results: BenchResults): string {
	const failed = results.budgets.filter((b) => !b.passed);
	const runs = results.lighthouseRuns === 1 ? '1 run' : `${results.lighthouseRuns} runs`;
	const misses = failed.map((b) => `  ✗ ${b.name}: ${b.value} (budget ${b.limit})`).join('\n');
	return [
		`Measured ${machineLine(results)}`,
		`Build: ${results.buildSeconds === null ? 'skipped' : `${results.buildSeconds.toFixed(1)} s`}`,
		'',
		`Page views without interaction (gzip) and Lighthouse mobile (median of ${runs}):`,
		plain(pageHeader, rows(results)),
		'',
		'First search, cache cold (Pagefind UI, engine, index, results):',
		plain(searchHeader, searchRows(results)),
		'',
		failed.length
			? `Budgets: ${failed.length} of ${results.budgets.length} exceeded:\n${misses}`
			: `Budgets: all ${results.budgets.length} held.`,
	].join('\n');
}

/** The README's tables. */
export function markdownReport(results: BenchResults): string {
	return [
		`Measured ${machineLine(results)}. Build: ${results.buildSeconds?.toFixed(1) ?? '–'} s.`,
		'',
		markdown(pageHeader, rows(results)),
		'',
		markdown(searchHeader, searchRows(results)),
	].join('\n');
}
