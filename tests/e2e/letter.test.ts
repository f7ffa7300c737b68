/**
 * The printable letter: fill the fields, print to PDF as Chromium does, and find one A4 page
 * holding Alibaba's address and the order number (read back with pdf.js).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect } from 'vitest';
import { postalAddresses } from '~/data/contact';
import { letterMessages } from '~/finder';
import { siteTest } from '../support/site-test';

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ')
		);
	}
	return pages;
}

describe.each([
	['fr', 'paris'],
	['es', 'hangzhou'],
	['en', 'paris'],
] as const)('the letter on /%s/letter/ to %s', (lang, place) => {
	siteTest(
		'prints alone on one A4 page with the address and the order number',
		async ({ session: { page, site } }) => {
			await page.goto(`${site.origin}/${lang}/letter/#problem=damaged-item&order=8123456789012345`);
			await page.waitForSelector('[data-letter]');
			await page.check(`input[name="letter-place"][value="${place}"]`);
			await page.fill('#letter-name', 'Ana Ruiz');
			await page.fill('#letter-address', '12 calle Mayor\n28013 Madrid\nEspaña');
			await expect.poll(() => page.textContent('[data-letter]')).toContain('8123456789012345');
			const pages = await pdfPages(await page.pdf({ format: 'A4' }));
			expect(pages).toHaveLength(1);
			const [text] = pages;
			for (const line of postalAddresses[place].lines) expect(text).toContain(line);
			expect(text).toContain('8123456789012345');
			expect(text).toContain('Ana Ruiz');
			// The letter alone: none of the page's labels or the meaning.
			expect(text).not.toContain(letterMessages[lang].ui.print);
		}
	);
});
