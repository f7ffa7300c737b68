/**
 * The finder inside search: when the finder reads the query as a problem with confidence
 * (src/search/rank.ts, its model loaded on the first query), the dialog shows that problem's first
 * step and a link to its page
 * above the results: "My parcel never arrived — First step: Message the seller. …". The steps
 * come pre-rendered per language (/{lang}/first-steps.json), so no finder engine ships here.
 */
import type { ProblemId } from '~/finder/types';
import type { Lang } from '~/i18n/locales';
import { loadGuess } from './finder-reading';
import { readsAsProblem } from './rank';

type Steps = Record<string, { label: string; href: string; channel: string; reason: string }>;

/**
 * `ready`: the first results are on screen. The finder's model waits for them, so that on a slow
 * connection it does not compete with the search's own downloads.
 */
export function attachFirstStep(
	root: HTMLElement,
	lang: Lang,
	label: string,
	ready: Promise<void> = Promise.resolve()
): void {
	let steps: Promise<Steps> | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let latest = '';
	const card = document.createElement('div');
	card.className = 'search-first-step';
	card.hidden = true;
	card.setAttribute('aria-live', 'polite');

	const show = async (text: string) => {
		latest = text;
		if (text.trim().length < 3) return render(undefined);
		await ready;
		if (text !== latest) return;
		steps ??= fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/${lang}/first-steps.json`).then(
			(r) => r.json()
		);
		try {
			const guess = (await loadGuess(lang))?.(text);
			const problem = readsAsProblem(guess) ? guess.problem : undefined;
			const step = problem ? (await steps)[problem] : undefined;
			if (text === latest) render(step && problem ? { ...step, problem } : undefined);
		} catch {
			render(undefined);
		}
	};

	const render = (step: (Steps[string] & { problem: ProblemId }) | undefined) => {
		// Above the results, inside Pagefind's form (it re-creates its results drawer, not the form).
		const form = root.querySelector('form, .pagefind-ui__form');
		if (form && card.parentElement !== form)
			form.insertBefore(card, form.querySelector('.pagefind-ui__drawer'));
		card.hidden = !step;
		if (!step) return card.replaceChildren();
		card.dataset.searchProblem = step.problem;
		const title = document.createElement('p');
		const link = Object.assign(document.createElement('a'), {
			href: step.href,
			textContent: step.label,
		});
		title.append(link);
		const first = document.createElement('p');
		const strong = Object.assign(document.createElement('strong'), {
			textContent: `${label} ${step.channel}.`,
		});
		first.append(strong, ` ${step.reason}`);
		card.replaceChildren(title, first);
	};

	root.addEventListener('input', (event) => {
		const input = event.target as HTMLInputElement;
		clearTimeout(timer);
		timer = setTimeout(() => void show(input.value), 120);
	});
	// What the reader typed before the dialog's view arrived (a slow connection) counts too.
	const typed = root.querySelector('input')?.value;
	if (typed) void show(typed);
}
