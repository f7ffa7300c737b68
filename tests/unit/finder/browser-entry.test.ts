import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, it } from 'vitest';

const src = resolve(__dirname, '../../../src');

/** Every module a file imports, statically, followed through relative and `~/` paths. */
function graph(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const [, spec] of code.matchAll(
		/^(?:import|export)(?!\s+type\b)[^'"]*?from\s+'([^']+)'/gm
	)) {
		const base = spec!.startsWith('~/')
			? resolve(src, spec!.slice(2))
			: spec!.startsWith('.')
				? resolve(dirname(file), spec!)
				: undefined;
		if (!base) continue;
		const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => {
			try {
				return readFileSync(path) && true;
			} catch {
				return false;
			}
		});
		if (found) graph(found, seen);
	}
	return seen;
}

it('the browser entry holds no language: islands that import it stay small', () => {
	const modules = [...graph(resolve(src, 'finder/browser.ts'))].map((path) =>
		path.slice(src.length + 1)
	);
	expect(modules.filter((path) => /languages\/(fr|en|es)\//.test(path))).toEqual([]);
	expect(modules).toContain('finder/recommend.ts');
});
