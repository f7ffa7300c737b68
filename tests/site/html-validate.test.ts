/**
 * Every HTML file of the build through html-validate, with the committed `.htmlvalidate.cjs`
 * (each rule it turns off says why).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir, root } from '../../tooling/build-once';
import { htmlFiles } from '../support/site-pages';

// The build lives outside the repository when DIST_DIR points elsewhere: load the config by path
// rather than by searching up from each file.
const config = createRequire(import.meta.url)(join(root, '.htmlvalidate.cjs')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));

describe('html-validate', () => {
	it.each(htmlFiles(distDir))('%s is valid', async (file) => {
		const report = await validator.validateFile(join(distDir, file));
		const messages = report.results.flatMap((result) =>
			result.messages.map(
				(m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`
			)
		);
		expect(messages).toEqual([]);
	});
});
