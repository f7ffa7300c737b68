/**
 * The pages a reader can reach, as the build's sitemap lists them, and which language each path
 * is in. Every "on every page" check walks this list, so a new page is checked without a test edit.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultLang, isLang, langs, type Lang } from '~/i18n/locales';

const locs = (xml: string) =>
	[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

/** Every page path of the sitemap (`/`, `/fr/refunds/`, …), sorted. */
export function sitemapPaths(dist: string): string[] {
	const index = join(dist, 'sitemap-index.xml');
	if (!existsSync(index))
		throw new Error(`No sitemap in ${dist}: build the site first (npm run build).`);
	const files = locs(readFileSync(index, 'utf8')).map((url) => new URL(url).pathname);
	const paths = files.flatMap((file) =>
		locs(readFileSync(join(dist, file), 'utf8')).map((url) => new URL(url).pathname)
	);
	return [...new Set(paths)].sort();
}

/** The language a path is in: its first segment, or the default language (`/`). */
export function pathLang(path: string): Lang {
	const first = path.split('/')[1];
	return isLang(first) ? first : defaultLang;
}

/** The same page in another language (`/fr/faq/` → `/en/faq/`). */
export function inLang(path: string, lang: Lang): string {
	const [, first, ...rest] = path.split('/');
	return isLang(first) ? `/${[lang, ...rest].join('/')}` : path;
}

/** Every HTML file of a build, as paths relative to it (`fr/faq/index.html`). */
export function htmlFiles(dist: string): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) return walk(full);
			return name.endsWith('.html') ? [relative(dist, full)] : [];
		});
	return walk(dist).sort();
}

/** The URL path of an HTML file (`fr/faq/index.html` → `/fr/faq/`). */
export function fileToPath(file: string): string {
	return `/${file.replace(/index\.html$/, '')}`;
}

/** The slugs of issue 2 (without the language prefix): each must exist in every language. */
export const issue2Slugs = [
	'',
	'refunds/',
	'refunds/disputes/',
	'refunds/deadlines/',
	'refunds/message-the-seller/',
	'contact/seller/',
	'contact/live-chat/',
	'contact/help-center/',
	'contact/social-media/',
	'contact/email/',
	'contact/phone/',
	'contact/postal-mail/',
	'faq/',
	'about/',
];

export { langs };
