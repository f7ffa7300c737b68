/**
 * `npm run language -- de`: everything a new language needs, in full. Every file that exists for
 * the reference language (English) gets its counterpart for the new one; then the type checker
 * lists every `Record<Lang, …>` that lacks it once the code is in `src/i18n/locales.ts`.
 * Prints what is missing and exits 1 while anything is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { langs } from '../src/i18n/locales.ts';

const reference = 'en';
const lang = process.argv[2];
if (!lang || !/^[a-z]{2,3}(-[A-Z]{2})?$/.test(lang)) {
	console.error('Give the new language’s code, e.g. `npm run language -- de`.');
	process.exit(2);
}

/** A path of the reference language, rewritten for the new one: `/en/`, `en.json`, `en.ts`. */
const counterpart = (path: string) =>
	path.replace(new RegExp(`(^|/)${reference}(?=[./])`, 'g'), `$1${lang}`);

const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n');
const files = tracked.filter((path) => new RegExp(`(^|/)${reference}[./]`).test(path));
const missing = files.map(counterpart).filter((path) => !existsSync(path));

const steps: string[] = [];
if (!(langs as string[]).includes(lang))
	steps.push(`add \`${lang}\` to \`locales\` in src/i18n/locales.ts`);
steps.push(
	...missing.map((path) => `write ${path} (from ${files.find((f) => counterpart(f) === path)})`)
);
if (missing.some((path) => path.startsWith('corpus/')))
	steps.push('run `npm run train:finder` to train its model');
steps.push(
	'run `npx astro check`: it names every dictionary (`Record<Lang, …>`) still missing the language'
);

console.log(`${lang}: ${missing.length} file(s) to write.`);
for (const step of steps) console.log(`- ${step}`);
process.exit(missing.length || !(langs as string[]).includes(lang) ? 1 : 0);
