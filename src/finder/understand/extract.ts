/**
 * What a shopper's text states plainly besides the problem: the order number, what the seller
 * did, the delivery and completion dates. Each pattern is written per language; when in doubt,
 * nothing is extracted (the shopper sees every filled value and can change it).
 */
import { formatIsoDate, parseIsoDate } from '../dates';
import { parseOrderNumber } from '../order-number';
import type { Lang, SellerStatus } from '../types';

/** Lower case and no accents, punctuation kept: sentences still end where they did. */
const simplify = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[’`]/g, "'");

const orderLabel =
	/(?:order(?: id| number| no\.?)?|commande|pedido|n[°º]|no\.|num(?:ero|ber)?)\s*(?:de commande|de pedido)?\s*[:#]?\s*((?:\d[\s-]?){6,30})/;
const longRun = /(?<![\d+])(\d{10,22})(?!\d)/;

export function orderNumberIn(text: string): string | undefined {
	const plain = simplify(text);
	const labelled =
		orderLabel.exec(plain)?.[1] ?? longRun.exec(plain.replace(/(\d)[ -](?=\d{4})/g, '$1'))?.[1];
	return labelled ? parseOrderNumber(labelled).digits : undefined;
}

/** What the seller did, per language: refused, agreed, or did not answer. */
const sellerPatterns: Record<Lang, [SellerStatus, RegExp][]> = {
	fr: [
		[
			'refused',
			/(?:vendeu(?:r|se)|boutique)[^.!?]{0,50}?(?<!pas |n'a pas |ne )(refus|rejet|dit non|decline)|(refus|rejet)\w*[^.!?]{0,30}par le vendeur|litige (?:a ete )?refuse/,
		],
		[
			'agreed',
			/(?:vendeu(?:r|se)|boutique)[^.!?]{0,50}?(?<!pas |n'a pas )(accept|d'accord|valide|promis|ok pour)/,
		],
		[
			'no-reply',
			/(?:vendeu(?:r|se)|boutique)[^.!?]{0,50}(ne (me )?repond|repond (plus|pas|jamais)|aucune reponse|ignore|sourde oreille|injoignable|silence|ne donne (plus )?(aucune )?nouvelle|lu mais)|(pas de|aucune|sans) (reponse|nouvelles?)[^.!?]{0,40}(?:vendeu|boutique)/,
		],
	],
	en: [
		[
			'refused',
			/(?:seller|store|shop\b|vendor)[^.!?]{0,50}?(?<!not |n't |never )(refused|rejected|declined|said no|denied|turned (it |me )?down)|(refused|rejected|declined) by the (?:seller|store|shop\b|vendor)|dispute (was )?(refused|rejected|declined|closed against)/,
		],
		[
			'agreed',
			/(?:seller|store|shop\b|vendor)[^.!?]{0,50}?(?<!not |n't |never )(agreed|accepted|approved|promised|said yes|said (they|he|she) would)/,
		],
		[
			'no-reply',
			/(?:seller|store|shop\b|vendor)[^.!?]{0,50}(not (answer|respond|repl)|n't (answer|respond|repl)|never (answer|respond|repl|got back)|no (answer|response|reply)|ignor|ghost|silent|stopped (answer|respond|repl))|(no (answer|response|reply)|ghosted)[^.!?]{0,40}(?:seller|store|shop\b|vendor)/,
		],
	],
	es: [
		[
			'refused',
			/(?:vendedora?|tienda)[^.!?]{0,50}?(?<!no |nunca )(rechaz|nego|dijo que no|denego)|(rechaz|denegad)\w*[^.!?]{0,30}(por )?el (?:vendedora?|tienda)|disputa (fue )?(rechazada|denegada)/,
		],
		[
			'agreed',
			/(?:vendedora?|tienda)[^.!?]{0,50}?(?<!no |nunca )(acepto|aprobo|esta de acuerdo|prometio|dijo que si)/,
		],
		[
			'no-reply',
			/(?:vendedora?|tienda)[^.!?]{0,50}(no (me )?(contesta|responde|ha contestado|ha respondido)|nunca (contesta|responde)|ignora|no dice nada|desaparecio|sin respuesta)|(sin|ninguna|no tengo) respuesta[^.!?]{0,40}(?:vendedora?|tienda)/,
		],
	],
};

export function sellerIn(text: string, lang: Lang): SellerStatus | undefined {
	const plain = simplify(text).slice(0, 4000);
	return sellerPatterns[lang].find(([, pattern]) => pattern.test(plain))?.[0];
}

const months: Record<Lang, string[]> = {
	fr: [
		'janvier',
		'fevrier',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'aout',
		'septembre',
		'octobre',
		'novembre',
		'decembre',
	],
	en: [
		'january',
		'february',
		'march',
		'april',
		'may',
		'june',
		'july',
		'august',
		'september',
		'october',
		'november',
		'december',
	],
	es: [
		'enero',
		'febrero',
		'marzo',
		'abril',
		'mayo',
		'junio',
		'julio',
		'agosto',
		'septiembre',
		'octubre',
		'noviembre',
		'diciembre',
	],
};
const numberWords: Record<Lang, string[]> = {
	fr: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
	en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
	es: ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
};
/** Days per unit of a relative date ("il y a 3 semaines"). */
const units: [RegExp, number][] = [
	[/^(jours?|days?|dias?)$/, 1],
	[/^(semaines?|weeks?|semanas?)$/, 7],
	[/^(mois|months?|mes|meses)$/, 30],
];
/** What starts a clock, looked for just before a date: completion first ("confirmé la réception"). */
const clockWords: Record<Lang, { completed: RegExp; delivered: RegExp }> = {
	fr: {
		completed: /(confirm|finalis|cloture|termine)/,
		delivered: /(recu|livre|arrive|reception|recupere|livraison)/,
	},
	en: {
		completed: /(confirm|completed|closed|finished)/,
		delivered: /(received|delivered|arrived|got it|came|delivery)/,
	},
	es: { completed: /(confirm|complet|finaliz|cerr)/, delivered: /(recib|llego|entreg|lleg)/ },
};

interface FoundDate {
	iso: string;
	/** Where the date starts in the simplified text. */
	at: number;
}

function numberOf(word: string, lang: Lang): number {
	const n = Number(word);
	return Number.isFinite(n) ? n : numberWords[lang].indexOf(word) + 1;
}

/** Every plain date in the text, as ISO, relative ones counted back from `today`. */
function datesIn(plain: string, lang: Lang, today: number): FoundDate[] {
	const found: FoundDate[] = [];
	const add = (day: number | undefined, at: number) => {
		if (day !== undefined && day <= today) found.push({ iso: formatIsoDate(day), at });
	};
	const iso = (y: number, m: number, d: number) =>
		parseIsoDate(
			`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
		);
	/** A day and month without a year: the latest one not after today. */
	const latest = (m: number, d: number) => {
		const year = new Date(today * 86_400_000).getUTCFullYear();
		const thisYear = iso(year, m, d);
		return thisYear !== undefined && thisYear <= today ? thisYear : iso(year - 1, m, d);
	};
	for (const match of plain.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
		add(iso(+match[1]!, +match[2]!, +match[3]!), match.index);
	for (const match of plain.matchAll(/\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b/g)) {
		let [d, m] = [+match[1]!, +match[2]!];
		// English writers may put the month first: only a date that can be read one way is kept.
		if (lang === 'en' && d <= 12 && m <= 12 && d !== m) continue;
		if (lang === 'en' && m > 12) [d, m] = [m, d];
		const y = match[3] ? (match[3].length === 2 ? 2000 + +match[3] : +match[3]) : undefined;
		add(y ? iso(y, m, d) : latest(m, d), match.index);
	}
	const names = months[lang].join('|');
	const dayFirst = new RegExp(
		`\\b(\\d{1,2})(?:er|st|nd|rd|th)?(?: de)? (${names})(?:,? (?:de )?(\\d{4}))?`,
		'g'
	);
	const monthFirst = new RegExp(`\\b(${names}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?`, 'g');
	for (const match of plain.matchAll(dayFirst)) {
		const m = months[lang].indexOf(match[2]!) + 1;
		add(match[3] ? iso(+match[3], m, +match[1]!) : latest(m, +match[1]!), match.index);
	}
	if (lang === 'en') {
		for (const match of plain.matchAll(monthFirst)) {
			const m = months.en.indexOf(match[1]!) + 1;
			add(match[3] ? iso(+match[3], m, +match[2]!) : latest(m, +match[2]!), match.index);
		}
	}
	const count = `(\\d{1,3}|${numberWords[lang].join('|')})`;
	const relative =
		lang === 'fr'
			? new RegExp(`il y a ${count} (\\w+)`, 'g')
			: lang === 'es'
				? new RegExp(`hace ${count} (\\w+)`, 'g')
				: new RegExp(`${count} (\\w+) ago`, 'g');
	for (const match of plain.matchAll(relative)) {
		const unit = units.find(([pattern]) => pattern.test(match[2]!))?.[1];
		if (unit) add(today - numberOf(match[1]!, lang) * unit, match.index);
	}
	const yesterday = { fr: /\bhier\b/, en: /\byesterday\b/, es: /\bayer\b/ }[lang].exec(plain);
	if (yesterday) add(today - 1, yesterday.index);
	return found.sort((a, b) => a.at - b.at);
}

/** The delivery and completion dates a text states, each from the words just before it. */
export function datesOf(
	text: string,
	lang: Lang,
	todayIso: string
): { deliveredOn?: string; completedOn?: string } {
	const today = parseIsoDate(todayIso);
	if (today === undefined) return {};
	const plain = simplify(text).slice(0, 4000);
	const result: { deliveredOn?: string; completedOn?: string } = {};
	for (const { iso, at } of datesIn(plain, lang, today)) {
		// The clause before the date: back to the previous sentence end, at most 60 characters.
		const before =
			plain
				.slice(Math.max(0, at - 60), at)
				.split(/[.!?;]/)
				.pop() ?? '';
		if (clockWords[lang].completed.test(before)) result.completedOn ??= iso;
		else if (clockWords[lang].delivered.test(before)) result.deliveredOn ??= iso;
	}
	return result;
}
