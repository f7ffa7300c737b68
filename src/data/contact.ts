import type { SourceId } from './sources';

/** Alibaba's switchboard in Hangzhou: AliExpress has no hotline of its own (seed 003). */
export const phone = {
	display: '(+86) 571-8502-2088',
	/** For `tel:` links. */
	e164: '+8657185022088',
	owner: 'Alibaba Group',
	/** China keeps one time zone, UTC+8, all year. */
	timeZone: 'Asia/Shanghai',
	source: ['003'] as SourceId[],
};

export type PostalPlace = 'paris' | 'hangzhou';

/** Letters go to Alibaba, the parent company (seed 003). */
export const postalAddresses: Record<PostalPlace, { lines: string[]; source: SourceId[] }> = {
	paris: {
		lines: ['Alibaba France', '124 rue de Réaumur', '75002 Paris', 'France'],
		source: ['003'],
	},
	hangzhou: {
		lines: [
			'969 West Wen Yi Road',
			'Yu Hang District',
			'Hangzhou 311121',
			'Zhejiang Province',
			'China',
		],
		source: ['003'],
	},
};

/** Numbers the guides state, each from a source. */
export const figures = {
	/** Sellers registered on AliExpress, each independent of the others (003). */
	sellers: 200_000,
	/** The contact page's menu: six categories on three levels (003). */
	helpCenterCategories: 6,
	helpCenterLevels: 3,
	/** A return gets a full refund (003). */
	fullRefundPercent: 100,
} as const;

export type FigureId = keyof typeof figures;

/**
 * Domains a guide may link to: AliExpress's and Alibaba's own. The third-party "live chat"
 * address of seed 003 is deliberately not here.
 */
export const allowedLinkDomains = [
	'aliexpress.com',
	'aliexpress.us',
	'alibaba.com',
	'alibabagroup.com',
];
