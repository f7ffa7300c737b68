import type { Lang } from '../i18n/locales';
import type { SourceId } from './sources';

interface InterfaceLabel {
	/** The label in each language of AliExpress's interface. */
	text: Record<Lang, string>;
	/**
	 * Languages whose label is quoted by a source. Elsewhere the label is a plain translation, so
	 * the English one is shown beside it: shoppers often see AliExpress in English.
	 */
	quotedIn: Lang[];
	source: SourceId[];
}

/** AliExpress's own button and menu labels, as FACTS.md lists them. */
export const interfaceLabels = {
	myOrders: {
		text: { en: 'My Orders', fr: 'Mes commandes', es: 'Mis pedidos' },
		quotedIn: ['en', 'fr', 'es'],
		source: ['000', '001', '003'],
	},
	orders: {
		text: { en: 'Orders', fr: 'Commandes', es: 'Pedidos' },
		quotedIn: ['en', 'fr', 'es'],
		source: ['000', '001'],
	},
	messageCenter: {
		text: { en: 'Message Center', fr: 'Centre de messagerie', es: 'Centro de mensajes' },
		quotedIn: ['en', 'fr', 'es'],
		source: ['000', '001', '003'],
	},
	openDispute: {
		text: { en: 'Open dispute', fr: 'Ouvrir un litige', es: 'Abrir una disputa' },
		quotedIn: ['en', 'fr', 'es'],
		source: ['000', '001'],
	},
	contactSeller: {
		text: { en: 'Contact seller', fr: 'Contacter le vendeur', es: 'Contactar al vendedor' },
		quotedIn: ['en', 'fr'],
		source: ['003'],
	},
	help: {
		text: { en: 'Help', fr: 'Aide', es: 'Ayuda' },
		quotedIn: ['en', 'fr'],
		source: ['003'],
	},
	customerService: {
		text: { en: 'Customer Service', fr: 'Service client', es: 'Servicio al cliente' },
		quotedIn: ['en', 'fr'],
		source: ['003'],
	},
	chatNow: {
		text: { en: 'Chat Now', fr: 'Chat Now', es: 'Chat Now' },
		quotedIn: ['en', 'fr', 'es'],
		source: ['003'],
	},
	send: {
		text: { en: 'SEND', fr: 'SEND', es: 'SEND' },
		quotedIn: ['en', 'fr', 'es'],
		source: ['003'],
	},
} satisfies Record<string, InterfaceLabel>;

export type InterfaceLabelId = keyof typeof interfaceLabels;

/** A label as a shopper should look for it: the local label, then the English one if it differs. */
export function interfaceLabel(
	id: InterfaceLabelId,
	lang: Lang
): { text: string; english?: string } {
	const label: InterfaceLabel = interfaceLabels[id];
	const text = label.text[lang];
	const english = label.text.en;
	return label.quotedIn.includes(lang) || text === english ? { text } : { text, english };
}
