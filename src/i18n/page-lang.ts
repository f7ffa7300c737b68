import { defaultLang, isLang, type Lang } from './locales';

/** The language of the page being rendered, from Starlight's route data or the URL. */
export function pageLang(astro: { locals: App.Locals; url: URL }): Lang {
	const fromRoute = (astro.locals as { starlightRoute?: { lang?: string } }).starlightRoute?.lang;
	if (isLang(fromRoute)) return fromRoute;
	const fromPath = astro.url.pathname.split('/')[1];
	return isLang(fromPath) ? fromPath : defaultLang;
}
