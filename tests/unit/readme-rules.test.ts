import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rules } from '~/finder/rules';

it('the README lists every rule of the finder in the words of its code', () => {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	for (const rule of rules) expect(readme).toContain(rule.summary);
});
