/** The size budgets of scripts/sizes/ (the finder island; the embed), checked on every test run. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../tooling/build-once';

const dir = new URL('../../scripts/sizes/', import.meta.url).pathname;
const modules = readdirSync(dir)
	.filter((f) => f.endsWith('.ts'))
	.sort();

describe.each(modules)('scripts/sizes/%s', (file) => {
	it('stays within its gzip budget', async () => {
		const { measure } = (await import(join(dir, file))) as {
			measure(dist: string): Promise<{ name: string; gzipBytes: number; budgetBytes: number }[]>;
		};
		const results = await measure(distDir);
		expect(results.length).toBeGreaterThan(0);
		for (const r of results) expect(r.gzipBytes, r.name).toBeLessThanOrEqual(r.budgetBytes);
	});
});
