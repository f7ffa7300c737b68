/**
 * A Vitest fixture for the browser tests: `session`, the production build served on a free local
 * port and a Chromium page to visit it (tests/support/site-session.ts), set up once per test file
 * for the first test or suite hook that asks for it, and closed after the file's last test.
 *
 *   const siteTest = siteTestWith({ locale: 'de-DE' });
 *   siteTest.beforeAll(async ({ session }) => { … });
 *   siteTest('prints one page', async ({ session: { page, site } }) => { … });
 */
import { test } from 'vitest';
import { openSite } from './site-session';

export function siteTestWith(options: Parameters<typeof openSite>[0] = {}) {
	// Vitest reads which fixtures a fixture needs from its first parameter's pattern: none here.
	// eslint-disable-next-line no-empty-pattern
	return test.extend('session', { scope: 'file' }, async ({}, { onCleanup }) => {
		const session = await openSite(options);
		onCleanup(() => session.close());
		return session;
	});
}

export const siteTest = siteTestWith();
