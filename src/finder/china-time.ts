import { phone } from '../data/contact';

/** Hours (local time in China) we call daytime: general advice, not AliExpress's opening hours. */
const dayStarts = 8;
const dayEnds = 20;

/**
 * What time it is in China (UTC+8) now, and whether it is daytime there. The weekday and the time
 * come apart so that each language's sentence can place them with the right grammar.
 */
export function chinaTime(
	now: Date,
	lang: string
): { weekday: string; time: string; daytime: boolean } {
	const valid = Number.isFinite(now.getTime()) ? now : new Date(0);
	const zone = { timeZone: phone.timeZone };
	const parts = new Intl.DateTimeFormat('en-GB', {
		...zone,
		hour: 'numeric',
		hourCycle: 'h23',
	}).formatToParts(valid);
	const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
	const weekday = new Intl.DateTimeFormat(lang, { ...zone, weekday: 'long' }).format(valid);
	const time = new Intl.DateTimeFormat(lang, {
		...zone,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).format(valid);
	return { weekday, time, daytime: hour >= dayStarts && hour < dayEnds };
}
