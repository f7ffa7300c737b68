/**
 * The copy-paste snippets of the embed guide, built from the site's address (`siteUrl`) so that
 * they always point at the deployed site. Plain functions: the guide renders them, tests run them.
 */
import { siteUrl } from '../../data/site';
import { finderMessages } from '../../finder';
import { heightMessageType, heightRequestType } from '../../embed/height';
import type { Lang, PerLang } from '../../i18n/locales';

const siteName: PerLang = { fr: 'Aide AliExpress', en: 'AliExpress Help', es: 'Ayuda AliExpress' };

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The site's origin, as a host's CSP and resizer name it. */
export const siteOrigin = (base = siteUrl) => new URL(base).origin;

/** What a screen reader announces for the frame: what it is, and whose it is. */
export const iframeTitle = (lang: Lang) =>
	`${finderMessages[lang].ui.picker.title} · ${siteName[lang]}`;

/** The script and the element; the link inside shows until the script runs, or without it. */
export function elementSnippet(lang: Lang, base = siteUrl): string {
	return [
		`<script src="${base}/embed/finder.js" defer></script>`,
		`<aliexpress-help-finder lang="${lang}">`,
		`  <a href="${base}/${lang}/finder/">${escapeHtml(finderMessages[lang].ui.picker.openFinder)}</a>`,
		`</aliexpress-help-finder>`,
	].join('\n');
}

/**
 * The frame, and the site's resizer that sets its height from its messages and its width to the
 * host's column (set from script, so a strict CSP allows it; `width="100%"` is not valid HTML).
 */
export function iframeSnippet(lang: Lang, base = siteUrl): string {
	return [
		`<iframe src="${base}/${lang}/widget/"`,
		`  title="${escapeHtml(iframeTitle(lang))}"`,
		// Copying the message needs the Clipboard API, which a cross-origin frame gets only if allowed.
		`  allow="clipboard-write" width="100%"`,
		`  height="700" loading="lazy"></iframe>`,
		`<script src="${base}/embed/resize.js" defer></script>`,
	].join('\n');
}

/** The resizer to paste into a host's own script instead of loading resize.js. */
export function resizeSnippet(base = siteUrl): string {
	return [
		`addEventListener('message', (event) => {`,
		`  // Only the finder's own messages, from its own address.`,
		`  if (event.origin !== '${siteOrigin(base)}') return;`,
		`  const { type, height } = event.data || {};`,
		`  if (type !== '${heightMessageType}' || typeof height !== 'number') return;`,
		`  for (const frame of document.querySelectorAll('iframe')) {`,
		`    if (frame.contentWindow === event.source) {`,
		`      frame.style.width = '100%';`,
		`      frame.style.height = height + 'px';`,
		`    }`,
		`  }`,
		`});`,
		`// Frames that told their height before these lines ran: ask them again.`,
		`for (const frame of document.querySelectorAll('iframe')) {`,
		`  if (frame.src.startsWith('${siteOrigin(base)}/')) {`,
		`    frame.contentWindow.postMessage({ type: '${heightRequestType}' }, '*');`,
		`  }`,
		`}`,
	].join('\n');
}

/**
 * The two CSP directives a host adds the site's origin to: `script-src` for finder.js and
 * resize.js, `frame-src` for the iframe. Styles, images and connections need nothing.
 */
export function cspSnippet(base = siteUrl): string {
	const origin = siteOrigin(base);
	return [`script-src 'self' ${origin};`, `frame-src ${origin};`].join('\n');
}
