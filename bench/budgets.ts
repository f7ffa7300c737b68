/** The budgets of bench/config.ts checked against the figures: one line each, passed or not. */
import { budgets } from './config';
import { categories } from './lighthouse';
import type { BudgetCheck, PageResult } from './report';

export function checkBudgets(pages: PageResult[]): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	for (const page of pages) {
		for (const category of categories) {
			const value = page.lighthouse.scores[category];
			const limit = budgets.lighthouseScore;
			checks.push({
				name: `${page.path} Lighthouse ${category}`,
				value,
				limit: `= ${limit}`,
				passed: value >= limit,
			});
		}
		const cls = page.lighthouse.cls;
		const maxCls = budgets.cumulativeLayoutShift;
		checks.push({
			name: `${page.path} CLS`,
			value: cls,
			limit: `= ${maxCls}`,
			passed: cls <= maxCls,
		});
		if (page.type === 'guide') {
			const js = page.bytes.js;
			const name = `${page.path} JavaScript without interaction (gzip bytes)`;
			checks.push({
				name,
				value: js,
				limit: `≤ ${budgets.guideJsBytes}`,
				passed: js <= budgets.guideJsBytes,
			});
		}
	}
	return checks;
}
