// @ts-check
/**
 * Type-aware linting for the TypeScript, TSX and Astro files (typescript-eslint and
 * eslint-plugin-astro's recommended sets), plus the few rules this project leans on: type-only
 * imports, no floating promises, one import style (`~/…`, never a climb out of a folder into src).
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'node_modules/', '.astro/', 'public/embed/', 'corpus/', '**/*.d.ts'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
			globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
		},
		rules: {
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'no-restricted-imports': [
				'error',
				{ patterns: [{ regex: '^(\\.\\./)+src/', message: 'Import from `~/…`.' }] },
			],
		},
	},
	{
		// Astro's frontmatter and plain JavaScript config files are not in the TypeScript project.
		files: ['**/*.astro', '**/*.js', '**/*.mjs', '**/*.cjs'],
		...tseslint.configs.disableTypeChecked,
	}
);
