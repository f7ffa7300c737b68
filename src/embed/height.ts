/**
 * The iframe's height messages: the widget page sends them to its parent, the host's resizer
 * (resize.ts, or the snippet in the guide) reads them.
 */
export const heightMessageType = 'aliexpress-help:height';
/**
 * What a host's resizer sends its frames when it starts: a frame that told its height before the
 * resizer listened says it again. It carries nothing, so it may go to any frame.
 */
export const heightRequestType = 'aliexpress-help:height-request';

export interface HeightMessage {
	type: typeof heightMessageType;
	height: number;
}

/** Taller than any finder answer; a bad value never makes the host page absurdly long. */
const maxHeight = 20_000;

export function heightMessage(height: number): HeightMessage {
	return { type: heightMessageType, height: Math.ceil(height) };
}

/**
 * The height a message asks for, or undefined when it is not ours: another origin than the
 * site's, another type, or not a sensible number.
 */
export function frameHeight(data: unknown, origin: string, siteOrigin: string): number | undefined {
	if (origin !== siteOrigin || typeof data !== 'object' || data === null) return undefined;
	const { type, height } = data as Partial<HeightMessage>;
	if (
		type !== heightMessageType ||
		typeof height !== 'number' ||
		!Number.isFinite(height) ||
		height <= 0
	)
		return undefined;
	return Math.min(Math.ceil(height), maxHeight);
}
