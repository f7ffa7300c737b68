/**
 * Our UI strings of one language (content/i18n/<lang>.json, keys in site-strings.ts), for the
 * pages outside Starlight's routes, which have no `Astro.locals.t`: the language chooser, the
 * 404 page, the widget.
 */
import { getEntry } from 'astro:content';
import type { Lang } from './locales';
import type { SiteStringKey } from './site-strings';

export async function siteText(lang: Lang): Promise<Record<SiteStringKey, string>> {
	const entry = await getEntry('i18n', lang);
	if (!entry) throw new Error(`content/i18n/${lang}.json is missing`);
	return entry.data as Record<SiteStringKey, string>;
}
