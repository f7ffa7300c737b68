import { pickLanguage } from '../i18n/pick-language';
import { defaultLang, type Lang } from '../i18n/locales';

/**
 * The embed's language: its own `lang` attribute, then the host page's `<html lang>`, then the
 * browser's languages, then French. A value the site does not have ("de") is skipped, not fatal.
 */
export function embedLang(
	attribute: string | null | undefined,
	pageLang: string | null | undefined,
	browserLangs: readonly string[]
): Lang {
	const given = [attribute, pageLang].filter((tag): tag is string => !!tag && tag.trim() !== '');
	return pickLanguage([...given.map((tag) => tag.trim()), ...browserLangs]) ?? defaultLang;
}

/** The theme attribute, `auto` unless it is exactly `light` or `dark`. */
export function embedTheme(attribute: string | null | undefined): 'light' | 'dark' | 'auto' {
	const value = attribute?.trim().toLowerCase();
	return value === 'light' || value === 'dark' ? value : 'auto';
}
