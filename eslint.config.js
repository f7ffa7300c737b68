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
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
			// Components' callback props are declared as methods and only ever called as props.
			'@typescript-eslint/unbound-method': 'off',
		},
	},
	{
		// Where Vite resolves the `~` alias (the site, the tests), one import style: `~/…`. Scripts
		// and config files run under plain Node keep their relative paths.
		files: ['src/**', 'pages/**', 'tests/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ regex: '^(\\.\\./)+src/', message: 'Import from `~/…`.' }] },
			],
		},
	},
	{
		// Tests read untyped data on purpose (JSON files, messages from a frame, a snippet run as code).
		files: ['tests/**'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-implied-eval': 'off',
		},
	},
	{
		files: ['**/*.cjs'],
		languageOptions: { globals: { module: 'writable', require: 'readonly' } },
	},
	{
		// Astro's frontmatter and plain JavaScript config files are not in the TypeScript project.
		files: ['**/*.astro', '**/*.js', '**/*.mjs', '**/*.cjs'],
		...tseslint.configs.disableTypeChecked,
	}
);
