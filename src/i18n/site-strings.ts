/**
 * Keys of our own UI strings, beside Starlight's in content/i18n/<lang>.json. The content
 * schema requires every key in every language, so a missing translation fails the build.
 */
export const siteStringKeys = [
	'site.independentNotice',
	'site.aboutLink',
	'address.paris',
	'address.hangzhou',
	'chatPath.caption',
	'chatPath.from',
	'label.englishLabel',
	'sources.heading',
	'sources.checkedOn',
	'sources.seed',
	'sources.sameGuide',
	'embed.startDemo',
	'firstStep.label',
	'firstStep.more',
	'search.unavailable',
	'chooser.intro',
	'chooser.continue',
	'notFound.text',
	'notFound.home',
	'notFound.finder',
	'notFound.faq',
	'notFound.search',
	'embed.loadError',
	'embed.openFinder',
] as const;

/** @public Read by src/env.d.ts, which types `Astro.locals.t` with it. */
export type SiteStringKey = (typeof siteStringKeys)[number];
