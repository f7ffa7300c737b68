/** The site's languages, declared once. Adding a fourth language starts here. */
export const locales = {
	fr: { label: 'Français', lang: 'fr' },
	en: { label: 'English', lang: 'en' },
	es: { label: 'Español', lang: 'es' },
} as const;

export type Lang = keyof typeof locales;

/** French is the default locale (the first one). */
export const defaultLang: Lang = 'fr';

export const langs = Object.keys(locales) as Lang[];

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}

/**
 * The language of the page being rendered, from `Astro.currentLocale`: the default language on
 * the few pages outside the three sites (the language chooser, the 404 page).
 */
export function langOf(currentLocale: string | undefined): Lang {
	return isLang(currentLocale) ? currentLocale : defaultLang;
}

/** A value for each language: a missing language is a type error. */
export type PerLang<T = string> = Record<Lang, T>;
