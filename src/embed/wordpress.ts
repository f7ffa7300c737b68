/**
 * `/embed/wordpress.js`, a classic script in the widget's pages: speaks WordPress's embed protocol
 * (WordPress 4.4+ shows an oEmbed provider's iframe sandboxed, `sandbox="allow-scripts"`, with
 * `#?secret=…` in its address; it posts `{ message: 'ready', secret }` to the frame and sets the
 * frame's height from `{ message: 'height', value, secret }`, clamped to 200–1000 px).
 * A classic script, since module scripts do not run in a sandboxed frame (its origin is null).
 * @see https://github.com/WordPress/wordpress-develop/blob/trunk/src/js/_enqueues/wp/embed.js
 */
const secret = /[#&?]secret=([\w.-]+)/.exec(location.hash)?.[1];

if (secret && parent !== window) {
	let last = 0;
	const send = () => {
		const height = Math.ceil(document.body.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		parent.postMessage({ message: 'height', value: height, secret }, '*');
	};
	addEventListener('message', (event) => {
		const data = event.data as { message?: unknown; secret?: unknown } | null;
		if (event.source === parent && data?.message === 'ready' && data.secret === secret) {
			last = 0;
			send();
		}
	});
	// Layout answers even in a frame off screen, where no ResizeObserver runs.
	new MutationObserver(send).observe(document.body, {
		childList: true,
		subtree: true,
		attributes: true,
	});
	addEventListener('load', send);
	setInterval(send, 1000);
	send();
}
