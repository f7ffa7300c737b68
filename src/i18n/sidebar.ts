import type { PerLang } from './locales';
import { defaultLang } from './locales';

/** Sidebar group labels, one per language: a missing translation is a type error. */
const groups = {
	start: { fr: 'Commencer', en: 'Start here', es: 'Empezar' },
	refunds: { fr: 'Remboursements', en: 'Refunds', es: 'Reembolsos' },
	contact: { fr: 'Contacter AliExpress', en: 'Contact AliExpress', es: 'Contactar con AliExpress' },
	more: { fr: 'En savoir plus', en: 'More', es: 'Más' },
} satisfies Record<string, PerLang>;

function group(key: keyof typeof groups, items: string[]) {
	const { [defaultLang]: label, ...translations } = groups[key];
	// Starlight takes each page's own title as its link label, in the reader's language.
	return { label, translations, items: items.map((slug) => ({ slug })) };
}

/** The sidebar, by slug (without the language prefix). */
export const sidebar = [
	group('start', ['index', 'finder', 'faq']),
	group('refunds', [
		'refunds',
		'refunds/disputes',
		'refunds/deadlines',
		'refunds/message-the-seller',
	]),
	group('contact', [
		'contact',
		'contact/seller',
		'contact/live-chat',
		'contact/help-center',
		'contact/social-media',
		'contact/email',
		'contact/phone',
		'contact/postal-mail',
	]),
	group('more', ['embed', 'about']),
];
