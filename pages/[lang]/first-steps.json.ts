/**
 * Each problem's first step in one language, for the search dialog (src/search/first-step.ts):
 * fetched when a query reads like a problem, so neither a page view nor the dialog carries the
 * finder's engine. The same recommend() as the problem pages and <FirstStep>.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { finderMessages, problemIds, recommend } from '~/finder';
import { frenchTypography } from '~/i18n/french-typography';
import { langs, type Lang } from '~/i18n/locales';

export const getStaticPaths = (() =>
	langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export type FirstSteps = Record<
	string,
	{ label: string; href: string; channel: string; reason: string }
>;

export const GET: APIRoute = ({ params }) => {
	const lang = params.lang as Lang;
	const typeset = (text: string) => (lang === 'fr' ? frenchTypography(text) : text);
	const steps: FirstSteps = Object.fromEntries(
		problemIds.map((problem) => {
			const [first] = recommend({ problem, lang }).channels;
			if (!first) throw new Error(`first-steps: no channel for ${problem}`);
			return [
				problem,
				{
					label: typeset(finderMessages[lang].problems[problem].label),
					href: `/${lang}/problems/${problem}/`,
					channel: typeset(first.name),
					reason: typeset(first.reasons[0] ?? ''),
				},
			];
		})
	);
	return new Response(JSON.stringify(steps), { headers: { 'Content-Type': 'application/json' } });
};
