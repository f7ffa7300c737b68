/**
 * `npm run size`: the gzip size of the finder's JavaScript (and of every other measure in
 * scripts/sizes/), against its budget. Builds first when dist/ is stale; fails above budget.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import setup, { distDir } from '../tooling/build-once.ts';

interface Measure {
	name: string;
	gzipBytes: number;
	budgetBytes: number;
}

setup();
const dir = join(import.meta.dirname, 'sizes');
const results: Measure[] = [];
for (const file of readdirSync(dir)
	.filter((f) => f.endsWith('.ts'))
	.sort()) {
	const module = (await import(join(dir, file))) as { measure(dist: string): Promise<Measure[]> };
	results.push(...(await module.measure(distDir)));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const over = results.filter((r) => r.gzipBytes > r.budgetBytes);
console.table(
	results.map((r) => ({
		what: r.name,
		gzip: kb(r.gzipBytes),
		budget: kb(r.budgetBytes),
		ok: r.gzipBytes <= r.budgetBytes ? 'yes' : 'OVER',
	}))
);
if (over.length) {
	console.error(`Over budget: ${over.map((r) => r.name).join(', ')}`);
	process.exit(1);
}
