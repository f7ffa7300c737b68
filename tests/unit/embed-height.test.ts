import { describe, expect, it } from 'vitest';
import { frameHeight, heightMessage, heightMessageType, heightRequestType } from '~/embed/height';

const site = 'https://help.example.org';

describe('heightMessage', () => {
	it('is the documented shape, with a whole number of pixels', () => {
		expect(heightMessage(812.2)).toEqual({ type: 'aliexpress-help:height', height: 813 });
		expect(heightMessageType).toBe('aliexpress-help:height');
	});

	it('has a request counterpart, which a resizer sends its frames when it starts', () => {
		expect(heightRequestType).toBe('aliexpress-help:height-request');
	});
});

describe('frameHeight: what the host’s resizer accepts', () => {
	it('takes a height message from the site', () => {
		expect(frameHeight(heightMessage(640), site, site)).toBe(640);
	});

	it.each([
		['another origin', { type: heightMessageType, height: 640 }, 'https://evil.example'],
		[
			'the site over another scheme',
			{ type: heightMessageType, height: 640 },
			'http://help.example.org',
		],
		['another message type', { type: 'resize', height: 640 }, site],
		['a height that is text', { type: heightMessageType, height: '640' }, site],
		['a height that is not a number', { type: heightMessageType, height: Number.NaN }, site],
		['an infinite height', { type: heightMessageType, height: Number.POSITIVE_INFINITY }, site],
		['a height of zero', { type: heightMessageType, height: 0 }, site],
		['a negative height', { type: heightMessageType, height: -5 }, site],
		['a string message', 'aliexpress-help:height', site],
		['null', null, site],
	])('ignores %s', (_, data, origin) => {
		expect(frameHeight(data, origin, site)).toBeUndefined();
	});

	it('caps an absurd height', () => {
		expect(frameHeight(heightMessage(1e9), site, site)).toBe(20_000);
	});
});
