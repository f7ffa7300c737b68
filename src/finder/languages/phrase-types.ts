import type { ProblemId } from '../types';

/**
 * Example phrases a shopper might type, per problem, in one language. `classify` matches a
 * description against them, forgiving accents, case and small typos. Short phrases of the words
 * that tell problems apart work best; words shared by many problems count for less.
 */
export interface ProblemPhrases {
	/** Words too common to tell anything (articles, pronouns…), written without accents. */
	stopWords: string[];
	problems: Record<ProblemId, string[]>;
}
