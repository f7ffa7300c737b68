/**
 * The finder for browser code (islands, the embed): the engine with no language in it. A page
 * passes its one language's sentences as props, so a reader never downloads the others.
 * `~/finder` (index.ts) is the server-side entry: it adds every language's sentences.
 */
export * from './types';
export type {
	FinderMessages,
	ComposerMessages,
	ComposerUi,
	FinderLanguage,
	LetterMessages,
	UiMessages,
	ProblemHints,
} from './languages/types';
export {
	outcomes,
	recipients,
	problemRules,
	questionsFor,
	rankChannels,
	rules,
	type Outcome,
	type Recipient,
} from './rules';
export { recommendWith, defaultProblem } from './recommend';
export { composeMessage, cleanOrderNumber, defaultOutcome, type ComposeInput } from './compose';
export { composeLetter, letterLanguage, type Letter, type LetterInput } from './letter';
export { chinaTime } from './china-time';
export { parseIsoDate, formatIsoDate, todayIso } from './dates';
