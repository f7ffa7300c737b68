// Starlight's types for Astro.locals (t, starlightRoute) in our components.
/// <reference types="@astrojs/starlight" />

// Our own UI string keys, so `Astro.locals.t('…')` only accepts keys that exist.
declare namespace StarlightApp {
	type SiteStrings = Record<import('./i18n/site-strings').SiteStringKey, string>;
	interface I18n extends SiteStrings {}
}
