import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

// A missing translation in a typed dictionary, or a wrong prop, is a type error: `astro check`
// type-checks the TypeScript and the .astro files alike.
it('the project type-checks', () => {
	const root = new URL('../..', import.meta.url).pathname;
	let output = '';
	try {
		output = execFileSync('npx', ['astro', 'check'], {
			cwd: root,
			encoding: 'utf8',
			stdio: 'pipe',
		});
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		expect.fail(`astro check failed:\n${stdout}${stderr}`.slice(0, 4000));
	}
	expect(output).toMatch(/0 errors/);
}, 180_000);
