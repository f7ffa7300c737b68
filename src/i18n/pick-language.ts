import { isLang, type Lang } from './locales';

/**
 * The first of the reader's preferred languages that the site has ("es-MX" → "es"), or
 * undefined when it has none of them: then the reader chooses.
 */
export function pickLanguage(preferred: readonly string[]): Lang | undefined {
	for (const tag of preferred) {
		const base = String(tag).toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return undefined;
}
