import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { langs } from '~/i18n/locales';

const root = new URL('../..', import.meta.url).pathname;
const run = (lang: string) => {
	try {
		return {
			code: 0,
			out: execFileSync('npx', ['tsx', 'scripts/language-checklist.ts', lang], {
				cwd: root,
				encoding: 'utf8',
				stdio: 'pipe',
			}),
		};
	} catch (error) {
		const { status, stdout } = error as { status: number; stdout: string };
		return { code: status, out: stdout };
	}
};

describe('adding a language is one list, made by `npm run language -- <code>`', () => {
	it.each(langs)('%s has every file the reference language has', (lang) => {
		expect(run(lang)).toMatchObject({
			code: 0,
			out: expect.stringContaining(`${lang}: 0 file(s) to write.`),
		});
	});
	it('a new language gets the whole list: the locale, every guide, the UI strings, the finder', () => {
		const { code, out } = run('de');
		expect(code).toBe(1);
		for (const path of [
			'src/i18n/locales.ts',
			'content/docs/de/faq.mdx',
			'content/i18n/de.json',
			'src/finder/languages/de/messages.ts',
		]) {
			expect(out).toContain(path);
		}
	});
});
