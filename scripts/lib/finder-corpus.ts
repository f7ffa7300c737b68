/**
 * The finder's corpus (corpus/finder/<lang>/<problem>.txt, one example a line) and its split: a
 * fixed fifth of each file, chosen by a hash of the line, is held out for evaluation before any
 * augmentation, so that no variant of a held-out sentence is ever trained on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hash } from '../../src/finder/understand/features.ts';
import { problemIds, type ProblemId } from '../../src/finder/types.ts';
import type { Lang } from '../../src/i18n/locales.ts';

export const corpusDir = new URL('../../corpus/finder/', import.meta.url).pathname;

export interface Example {
	text: string;
	problem: ProblemId;
	/** A second problem the text names (the mixed file). */
	also?: ProblemId;
}

const lines = (file: string) =>
	existsSync(file)
		? readFileSync(file, 'utf8')
				.split('\n')
				.map((line) => line.trim())
				.filter((line) => line && !line.startsWith('#'))
		: [];

/** Held out: the fifth of the lines whose hashes come first (at least one per file). */
function split<T extends { text: string }>(items: T[]): { train: T[]; heldOut: T[] } {
	const ranked = [...items].sort(
		(a, b) => hash(a.text, 31) - hash(b.text, 31) || a.text.localeCompare(b.text)
	);
	const count = Math.max(1, Math.ceil(items.length / 5));
	const heldOut = new Set(ranked.slice(0, count));
	return {
		train: items.filter((i) => !heldOut.has(i)),
		heldOut: items.filter((i) => heldOut.has(i)),
	};
}

export function readCorpus(lang: Lang): { train: Example[]; heldOut: Example[] } {
	const train: Example[] = [];
	const heldOut: Example[] = [];
	for (const problem of problemIds) {
		const parts = split(
			lines(join(corpusDir, lang, `${problem}.txt`)).map((text) => ({ text, problem }))
		);
		train.push(...parts.train);
		heldOut.push(...parts.heldOut);
	}
	const mixed = lines(join(corpusDir, lang, '_mixed.txt')).flatMap((line) => {
		const [labels, text] = line.split('\t');
		const [problem, also] = (labels ?? '').split(',') as [ProblemId, ProblemId];
		return text && problemIds.includes(problem) && problemIds.includes(also)
			? [{ text, problem, also }]
			: [];
	});
	const parts = split(mixed);
	return { train: [...train, ...parts.train], heldOut: [...heldOut, ...parts.heldOut] };
}
