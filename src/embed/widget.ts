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
	new ResizeObserver(() => {
		if (measure() !== last) send(measure());
	}).observe(root);
	// A resizer that started after our first message asks again.
	addEventListener('message', (event) => {
		if (event.source === parent && event.data?.type === heightRequestType) send(measure());
	});
}
