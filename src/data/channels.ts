import type { InterfaceLabelId } from './interface-labels';
import type { SourceId } from './sources';

/** Every way a shopper can reach the seller or AliExpress, in no particular order. */
export const channelIds = [
	'seller',
	'dispute',
	'live-chat',
	'help-center',
	'social-media',
	'email',
	'phone',
	'postal-mail',
] as const;

export type ChannelId = (typeof channelIds)[number];

export interface Channel {
	/** The guide's slug, without the language prefix. */
	guide: string;
	/** The clicks that lead to it in AliExpress's interface, when there are any. */
	path?: InterfaceLabelId[];
	/**
	 * A formal written channel whose trace the shopper keeps: the dispute on the order, an email, a
	 * letter ("a concrete written trace", 003). The finder lifts these for a written record.
	 */
	written: boolean;
	/** AliExpress's own support answers in English there (003). */
	writeInEnglish: boolean;
	source: SourceId[];
}

export const channels: Record<ChannelId, Channel> = {
	seller: {
		guide: 'contact/seller',
		path: ['myOrders', 'send'],
		written: false,
		writeInEnglish: false,
		source: ['000', '001', '003'],
	},
	dispute: {
		guide: 'refunds/disputes',
		path: ['myOrders', 'openDispute'],
		written: true,
		writeInEnglish: false,
		source: ['000', '001', '003'],
	},
	'live-chat': {
		guide: 'contact/live-chat',
		path: ['help', 'customerService', 'chatNow'],
		written: false,
		writeInEnglish: true,
		source: ['000', '001', '003'],
	},
	'help-center': {
		guide: 'contact/help-center',
		written: false,
		writeInEnglish: false,
		source: ['000', '001', '003'],
	},
	'social-media': {
		guide: 'contact/social-media',
		written: false,
		writeInEnglish: false,
		source: ['003'],
	},
	email: { guide: 'contact/email', written: true, writeInEnglish: true, source: ['003'] },
	phone: { guide: 'contact/phone', written: false, writeInEnglish: false, source: ['003'] },
	'postal-mail': {
		guide: 'contact/postal-mail',
		written: true,
		writeInEnglish: false,
		source: ['003'],
	},
};

/** Help → Customer Service → Chat Now, from AliExpress's home page (003). */
export const chatPath = channels['live-chat'].path!;
