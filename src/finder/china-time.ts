import { phone } from '../data/contact';

/** Hours (local time in China) we call daytime: general advice, not AliExpress's opening hours. */
const dayStarts = 8;
const dayEnds = 20;

/** What time it is in China (UTC+8) now, and whether it is daytime there. */
export function chinaTime(now: Date, lang: string): { time: string; daytime: boolean } {
	const valid = Number.isFinite(now.getTime()) ? now : new Date(0);
	const parts = new Intl.DateTimeFormat('en-GB', { timeZone: phone.timeZone, hour: 'numeric', hourCycle: 'h23' }).formatToParts(valid);
	const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
	const time = new Intl.DateTimeFormat(lang, { timeZone: phone.timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(valid);
	return { time, daytime: hour >= dayStarts && hour < dayEnds };
}
