/**
 * /{lang}/oembed/<problem>.json and /{lang}/oembed/finder.json: this static site as an oEmbed
 * provider. WordPress discovers them from the `<link rel="alternate" type="application/json+oembed">`
 * of a problem page or of the finder page, keeps the `<blockquote>` and the `<iframe>` of `html`,
 * and shows the frame sandboxed: the widget's pages work there without modules (see
 * src/embed/wordpress.ts) and link to its framable static problem pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { iframeTitle } from '~/components/embed/snippets';
import { siteUrl } from '~/data/site';
import { finderMessages, problemIds, type ProblemId } from '~/finder';
import { langs, type Lang } from '~/i18n/locales';

export const getStaticPaths = (() =>
	langs.flatMap((lang) =>
		['finder', ...problemIds].map((name) => ({ params: { lang, name } }))
	)) satisfies GetStaticPaths;

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The oEmbed answer for a page: a rich embed, the widget's frame. */
export function oembedFor(lang: Lang, name: 'finder' | ProblemId, base = siteUrl) {
	const messages = finderMessages[lang];
	const isFinder = name === 'finder';
	const title = isFinder ? messages.ui.picker.title : messages.problems[name].label;
	const page = isFinder ? `${base}/${lang}/finder/` : `${base}/${lang}/problems/${name}/`;
	const frame = isFinder ? `${base}/${lang}/widget/` : `${base}/${lang}/widget/problems/${name}/`;
	return {
		version: '1.0',
		type: 'rich',
		provider_name: iframeTitle(lang).split(' · ').pop(),
		provider_url: `${base}/${lang}/`,
		title,
		width: 600,
		height: 700,
		html: [
			`<blockquote class="wp-embedded-content"><a href="${escape(page)}">${escape(title)}</a></blockquote>`,
			`<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${escape(frame)}" title="${escape(iframeTitle(lang))}" width="600" height="700" frameborder="0" scrolling="no" allow="clipboard-write"></iframe>`,
		].join(''),
	};
}

export const GET: APIRoute = ({ params }) => {
	const { lang, name } = params as { lang: Lang; name: 'finder' | ProblemId };
	return new Response(JSON.stringify(oembedFor(lang, name)), {
		headers: { 'content-type': 'application/json+oembed' },
	});
};
