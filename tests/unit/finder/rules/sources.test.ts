import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finderMessages } from '~/finder';
import { factRows } from '~/finder/rules/facts';
import { cautionIds, cautionSources, reasonIds, reasonSources } from '~/finder/rules/sentences';

const factsPath = resolve(__dirname, '../../../../../shared/FACTS.md');

describe('every reason and caution names the FACTS.md rows behind it', () => {
	const all = { ...reasonSources, ...cautionSources } as Record<
		string,
		{ facts: readonly string[] }
	>;
	it.each(Object.entries(all))('%s', (_id, source) => {
		expect(source.facts.length).toBeGreaterThan(0);
		for (const row of source.facts) expect(Object.keys(factRows)).toContain(row);
	});
	it.each(['fr', 'en', 'es'] as const)(
		'%s says nothing without a source, and has a sentence for every source',
		(lang) => {
			expect(Object.keys(finderMessages[lang].reasons).sort()).toEqual([...reasonIds].sort());
			expect(Object.keys(finderMessages[lang].cautions).sort()).toEqual([...cautionIds].sort());
		}
	);
});

describe.runIf(existsSync(factsPath))('each row named is in shared/FACTS.md', () => {
	const facts = existsSync(factsPath) ? readFileSync(factsPath, 'utf8').replace(/\s+/g, ' ') : '';
	it.each(Object.entries(factRows))('%s', (_row, words) => expect(facts).toContain(words));
});

describe('no superlative our sources do not give', () => {
	it.each(['fr', 'en', 'es'] as const)('%s', (lang) => {
		const text = JSON.stringify(finderMessages[lang]);
		expect(text).not.toMatch(
			/fastest|most formal|official complaint|le plus rapide|la plus formelle|el más rápido|la más formal/i
		);
		expect(text).not.toMatch(/handled by AliExpress, not the seller|makes them respond/i);
	});
});
