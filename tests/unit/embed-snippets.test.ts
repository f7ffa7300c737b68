import { describe, expect, it, vi } from 'vitest';
import {
	cspSnippet,
	elementSnippet,
	iframeSnippet,
	iframeTitle,
	resizeSnippet,
	siteOrigin,
} from '~/components/embed/snippets';
import { siteUrl } from '~/data/site';
import { heightMessage } from '~/embed/height';
import { langs } from '~/i18n/locales';

const base = 'https://help.example.org';

describe.each(langs)('the %s snippets', (lang) => {
	it('load the element from the site’s address, in the language, with a link to the finder inside', () => {
		const snippet = elementSnippet(lang, base);
		expect(snippet).toContain(`<script src="${base}/embed/finder.js" defer></script>`);
		expect(snippet).toContain(`<aliexpress-help-finder lang="${lang}">`);
		expect(snippet).toMatch(new RegExp(`<a href="${base}/${lang}/finder/">[^<]+</a>`));
	});

	it('frame the widget with a title, and load the resizer from the site', () => {
		const snippet = iframeSnippet(lang, base);
		expect(snippet).toContain(`<iframe src="${base}/${lang}/widget/"`);
		expect(snippet).toMatch(/title="[^"]+ · [^"]+"/);
		expect(snippet).toContain(`<script src="${base}/embed/resize.js" defer></script>`);
		// No inline style: a host with a strict style-src could not use it.
		expect(snippet).not.toMatch(/style=/);
		expect(iframeTitle(lang)).not.toMatch(/["<>]/);
	});
});

it('default to the site’s own address (siteUrl)', () => {
	expect(elementSnippet('fr')).toContain(`${siteUrl}/embed/finder.js`);
	expect(iframeSnippet('en')).toContain(`${siteUrl}/en/widget/`);
	expect(resizeSnippet()).toContain(`'${siteOrigin()}'`);
});

it('name the two CSP directives with the site’s origin', () => {
	expect(cspSnippet(`${base}`)).toBe(`script-src 'self' ${base};\nframe-src ${base};`);
	expect(siteOrigin('https://help.example.org/')).toBe(base);
});

describe('the paste-in resizer', () => {
	/** Runs the snippet against a fake page with one frame; returns the message handler. */
	function install() {
		const frame = {
			src: `${base}/fr/widget/`,
			contentWindow: { postMessage: vi.fn() },
			style: { height: '' },
		};
		const other = {
			src: 'https://video.example/embed/1',
			contentWindow: { postMessage: vi.fn() },
			style: { height: '' },
		};
		const addEventListener = vi.fn();
		const document = { querySelectorAll: () => [other, frame] };
		new Function('addEventListener', 'document', resizeSnippet(base))(addEventListener, document);
		expect(addEventListener).toHaveBeenCalledWith('message', expect.any(Function));
		return {
			onMessage: addEventListener.mock.calls[0]![1] as (event: object) => void,
			frame,
			other,
		};
	}

	it('asks the site’s frames, and only them, to tell their height again', () => {
		const { frame, other } = install();
		expect(frame.contentWindow.postMessage).toHaveBeenCalledWith(
			{ type: 'aliexpress-help:height-request' },
			'*'
		);
		expect(other.contentWindow.postMessage).not.toHaveBeenCalled();
	});

	it('sizes the frame that sent the message, and only it', () => {
		const { onMessage, frame, other } = install();
		onMessage({ origin: base, source: frame.contentWindow, data: heightMessage(812) });
		expect(frame.style.height).toBe('812px');
		expect(other.style.height).toBe('');
	});

	it.each([
		['another origin', { origin: 'https://evil.example', data: heightMessage(812) }],
		['another message', { origin: base, data: { type: 'other', height: 812 } }],
		[
			'a height that is not a number',
			{ origin: base, data: { type: 'aliexpress-help:height', height: '1e9px' } },
		],
		['no data', { origin: base, data: null }],
	])('ignores %s', (_, event) => {
		const { onMessage, frame } = install();
		onMessage({ ...event, source: frame.contentWindow });
		expect(frame.style.height).toBe('');
	});
});
