/**
 * The widget page's script (/{lang}/widget/, shown in a host's iframe): applies `?theme=` and
 * tells the parent page its height whenever it changes.
 */
import { heightMessage, heightRequestType } from './height';
import { embedTheme } from './lang';

/** `root` is the page's frame (the body): it takes the theme, and its height is the one sent. */
export function startWidget(root: HTMLElement) {
	root.dataset.theme = embedTheme(new URLSearchParams(location.search).get('theme'));
	if (parent === window) return;
	let last = 0;
	const send = (height: number) => {
		last = height;
		// Sent to the parent only. Any site may embed the widget, so its origin is not known
		// here: '*' is fine for a message that holds nothing but a height.
		parent.postMessage(heightMessage(height), '*');
	};
	const measure = () => Math.ceil(root.getBoundingClientRect().height);
	const check = () => {
		if (measure() !== last) send(measure());
	};
	// Chromium runs no ResizeObserver (nor animation frames) in a cross-origin frame that is off
	// screen, but layout still answers: measure on load, on every change of the page's content
	// and on a slow timer too, so a frame below the fold knows its height before it is seen.
	new ResizeObserver(check).observe(root);
	new MutationObserver(check).observe(root, {
		childList: true,
		subtree: true,
		attributes: true,
		characterData: true,
	});
	addEventListener('load', check);
	setTimeout(check, 0);
	setInterval(check, 1000);
	// A resizer that started after our first message asks again.
	addEventListener('message', (event) => {
		if (
			event.source === parent &&
			(event.data as { type?: unknown } | null)?.type === heightRequestType
		)
			send(measure());
	});
}
