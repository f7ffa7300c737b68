import { channels, clocks as dataClocks, phone, postalAddresses } from '../data';
import { interfaceLabel } from '../data/interface-labels';
import { defaultLang, isLang, type Lang } from '../i18n/locales';
import { clockStates, type ClockState } from './clocks';
import { earliestYear, formatLongDate, parseIsoDate, todayIso } from './dates';
import { fill } from './format';
import type { FinderMessages } from './languages/types';
import { questionsFor, rankChannels } from './rules';
import type { Note } from './rules/types';
import {
	priorities,
	problemIds,
	sellerStatuses,
	type ChannelId,
	type DateProblem,
	type Deadline,
	type FinderInput,
	type ProblemId,
	type Reach,
	type Recommendation,
} from './types';

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
	typeof value === 'string' && (list as readonly string[]).includes(value)
		? (value as T)
		: undefined;

/** A value as text for a message, even one whose toString is broken or missing. */
function printable(value: unknown): string {
	try {
		return String(value);
	} catch {
		return Object.prototype.toString.call(value);
	}
}

/** A sentence that starts with a clock's name ("the 15-day…") starts with a capital. */
function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The problem to fall back on when none is given: the most general one. */
export const defaultProblem: ProblemId = 'formal-complaint';

function reachOf(id: ChannelId, lang: Lang, messages: FinderMessages): Reach {
	const channel = channels[id];
	const reach: Reach = { where: messages.channels[id].where };
	if (channel.path) reach.path = channel.path.map((label) => interfaceLabel(label, lang));
	if (id === 'phone') reach.phone = { display: phone.display, e164: phone.e164 };
	if (id === 'postal-mail')
		reach.addresses = [postalAddresses.paris.lines, postalAddresses.hangzhou.lines];
	return reach;
}

/** "1 day", "3 days", "1 jour", "0 jour"… with the language's plural rules. */
function dayCount(n: number, lang: Lang, messages: FinderMessages): string {
	const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
	return fill(messages.dayCount[form], { n: new Intl.NumberFormat(lang).format(n) });
}

function deadlineOf(state: ClockState, lang: Lang, messages: FinderMessages): Deadline {
	const text = messages.deadlines[state.clock];
	const template = state.passed ? text.passed : state.daysLeft === 0 ? text.lastDay : text.open;
	const sentence = fill(template, {
		date: formatLongDate(state.endsOn, lang),
		days: dayCount(Math.abs(state.daysLeft), lang, messages),
		limit: dayCount(dataClocks[state.clock].days, lang, messages),
	});
	return state.passed ? { ...state, sentence } : { ...state, sentence, action: text.action };
}

/**
 * The recommendation for a situation, with every sentence taken from `messages` (one language's
 * dictionary). Same input, same output; nothing throws: unknown values fall back to defaults and
 * unusable dates are reported in `dateProblems`.
 */
export function recommendWith(
	messages: FinderMessages,
	input: Partial<FinderInput> | null | undefined
): Recommendation {
	const given = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
	const lang: Lang = isLang(given.lang)
		? given.lang
		: isLang(messages.lang)
			? messages.lang
			: defaultLang;
	const problem = oneOf(problemIds, given.problem) ?? defaultProblem;
	const seller = oneOf(sellerStatuses, given.seller) ?? 'not-contacted';
	const priority = oneOf(priorities, given.priority);

	const dateProblems: DateProblem[] = [];
	const readDate = (field: DateProblem['field'], today?: number): number | undefined => {
		const raw = given[field];
		if (raw === undefined || raw === null || raw === '') return undefined;
		const value = printable(raw).slice(0, 40);
		const day = parseIsoDate(raw);
		const fieldName = messages.dateProblems.fields[field];
		if (day === undefined) {
			dateProblems.push({
				field,
				value,
				sentence: fill(messages.dateProblems.invalid, { value, field: fieldName }),
			});
			return undefined;
		}
		if (today !== undefined && day > today) {
			dateProblems.push({
				field,
				value,
				sentence: fill(messages.dateProblems.future, { value, field: fieldName }),
			});
			return undefined;
		}
		// Kept, but likely a typo: AliExpress orders this old are past every time limit.
		if (field !== 'today' && Number(value.slice(0, 4)) < earliestYear) {
			dateProblems.push({
				field,
				value,
				warning: true,
				sentence: fill(messages.dateProblems.early, {
					value,
					field: fieldName,
					year: earliestYear,
				}),
			});
		}
		return day;
	};
	const today = readDate('today') ?? parseIsoDate(todayIso())!;
	// Dates start the clocks of an order's goods only: none before buying, for payments or accounts.
	const asksDates = questionsFor(problem).dates;
	const completed = asksDates ? readDate('completedOn', today) : undefined;
	const delivered = asksDates ? readDate('deliveredOn', today) : undefined;
	if (completed !== undefined && delivered !== undefined && completed < delivered) {
		const value = printable(given.completedOn);
		dateProblems.push({
			field: 'completedOn',
			value,
			warning: true,
			sentence: fill(messages.dateProblems.beforeDelivery, { value }),
		});
	}
	const clocks = clockStates(today, { completed, delivered });

	const ranked = rankChannels({ problem, seller, priority, clocks });
	const say = (template: string, note: Note<string>) =>
		note.clock
			? fill(template, {
					date: formatLongDate(note.clock.endsOn, lang),
					clock: fill(messages.clockNames[note.clock.clock], {
						n: new Intl.NumberFormat(lang).format(dataClocks[note.clock.clock].days),
					}),
				})
			: template;
	const channelList = ranked.map(({ id, reasons, cautions, variant }, index) => {
		const existing = variant === 'existing-dispute';
		const reach = reachOf(id, lang, messages);
		if (existing) {
			reach.where = messages.existingDispute.where;
			reach.path = reach.path?.slice(0, 1);
		}
		return {
			id,
			rank: index + 1,
			name: existing ? messages.existingDispute.name : messages.channels[id].name,
			reasons: reasons.map((note) => capitalize(say(messages.reasons[note.id], note))),
			cautions: cautions.map((note) => capitalize(say(messages.cautions[note.id], note))),
			reach,
			guide: `/${lang}/${channels[id].guide}/`,
			...(existing ? { variant } : {}),
		};
	});
	const dateNotes =
		problem === 'parcel-lost' && delivered === undefined ? [messages.undeliveredNote] : [];

	return {
		problem,
		lang,
		channels: channelList,
		deadlines: clocks.map((state) => deadlineOf(state, lang, messages)),
		dateProblems,
		dateNotes,
	};
}
