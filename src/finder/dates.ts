/** Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that time zones never shift a day. */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** The day number (days since 1970-01-01) of a valid ISO date, or undefined. */
export function parseIsoDate(value: unknown): number | undefined {
	if (typeof value !== 'string') return undefined;
	// The whole value must be a date: "2026-01-01x" never slips a hidden date into the deadlines.
	const match = isoDate.exec(value.trim());
	if (!match) return undefined;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const time = Date.UTC(y, m - 1, d);
	const date = new Date(time);
	// Rejects 2026-02-30 and the like, which Date.UTC would roll over.
	if (
		y < 1 ||
		date.getUTCFullYear() !== y ||
		date.getUTCMonth() !== m - 1 ||
		date.getUTCDate() !== d
	) {
		return undefined;
	}
	return time / dayMs;
}

export function formatIsoDate(day: number): string {
	return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** Today's ISO date in the shopper's own time zone. */
export function todayIso(now: Date = new Date()): string {
	const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
	return local.toISOString().slice(0, 10);
}

/** A date as a reader of `lang` writes it, e.g. "22 novembre 2026", "1er juin 2026". */
export function formatLongDate(iso: string, lang: string): string {
	const day = parseIsoDate(iso);
	if (day === undefined) return iso;
	const text = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
		day * dayMs
	);
	// French writes the first day of a month as an ordinal: "1er juin", which Intl does not.
	return lang.startsWith('fr') ? text.replace(/^1 /, '1er ') : text;
}

/** The first year a date may plausibly have: earlier ones get a warning. */
export const earliestYear = 2010;
