import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };
// Preact's JSX for the island and its component tests.
const oxc = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

export default defineConfig({
	resolve: { alias },
	oxc,
	test: {
		projects: [
			{
				resolve: { alias },
				oxc,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
			},
			{
				resolve: { alias },
				oxc,
				test: {
					name: 'components',
					include: ['tests/components/**/*.test.tsx'],
					environment: 'jsdom',
					setupFiles: ['tests/components/setup.ts'],
				},
			},
			{
				// `astro check` (TypeScript and .astro files): in `npm test` and `npm run lint`, not in
				// the inner loop's `test:fast`.
				test: {
					name: 'typecheck',
					include: ['tests/typecheck/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
				},
			},
			{
				resolve: { alias },
				test: {
					// Checks over the production build in dist/ (built once if stale).
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tooling/build-once.ts'],
					testTimeout: 60_000,
				},
			},
			{
				resolve: { alias },
				test: {
					// Real Chromium against the production build served on a free local port.
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tooling/build-once.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// One browser at a time on a 2-core machine.
					fileParallelism: false,
				},
			},
		],
	},
});
