/**
 * The source documents every fact comes from (shared/seeds in the steering repo). Seeds 000 and
 * 001 are the same guide in French and Spanish; 003 is a French guide to every contact channel.
 */
export const sources = {
	'000': {
		lang: 'fr',
		title: 'Comment obtenir un remboursement sur AliExpress ?',
		publisher: 'GetHuman',
	},
	'001': { lang: 'es', title: '¿Cómo obtengo un reembolso de AliExpress?', publisher: 'GetHuman' },
	'003': { lang: 'fr', title: 'Contacter le service client AliExpress', publisher: null },
} as const;

export type SourceId = keyof typeof sources;

/** When the facts below were last checked against the sources (ISO date). */
export const factsCheckedOn = '2026-11-22';
