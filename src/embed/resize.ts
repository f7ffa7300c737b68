/**
 * `/embed/resize.js`, for hosts that embed the iframe: sets each widget frame's height from its
 * messages. A script from the site, so a host whose CSP allows only the site's scripts can use
 * it; the guide also shows the same few lines to paste into a host's own script.
 */
import { frameHeight, heightRequestType } from './height';

// The site's origin is the one this script came from.
const siteOrigin = new URL((document.currentScript as HTMLScriptElement).src).origin;

addEventListener('message', (event) => {
	const height = frameHeight(event.data, event.origin, siteOrigin);
	if (height === undefined) return;
	for (const frame of document.querySelectorAll('iframe')) {
		// Setting a style property from script is not an inline style: a strict CSP allows it.
		if (frame.contentWindow === event.source) {
			frame.style.width = '100%';
			frame.style.height = `${height}px`;
		}
	}
});

// Frames that already told their height, before this script ran, tell it again.
for (const frame of document.querySelectorAll('iframe')) {
	if (frame.src.startsWith(`${siteOrigin}/`))
		frame.contentWindow?.postMessage({ type: heightRequestType }, '*');
}
