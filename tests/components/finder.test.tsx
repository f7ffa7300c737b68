import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { FinderProps } from '~/components/finder/Finder';
import { SiteFinder } from '~/components/finder/SiteFinder';
import { finderLanguages, finderMessages, type Lang } from '~/finder';

function renderFinder(
	lang: Lang = 'fr',
	props: Partial<Omit<FinderProps, 'url' | 'Answer' | 'understand' | 'onIntent'>> = {}
) {
	return render(
		<SiteFinder
			language={finderLanguages[lang]}
			today="2026-06-15"
			now={() => new Date('2026-06-15T04:00:00Z')}
			{...props}
		/>
	);
}
const rankedChannels = (container: Element) =>
	[...container.querySelectorAll('[data-channel]')].map((el) => el.getAttribute('data-channel'));

describe('the finder island', () => {
	it('lists every problem as a link to its static page', () => {
		const { container } = renderFinder('es');
		const links = container.querySelectorAll<HTMLAnchorElement>('.finder-problems a');
		expect(links).toHaveLength(13);
		expect(links[2]!.getAttribute('href')).toBe('/es/problems/parcel-lost/');
	});

	it('suggests problems as the shopper types, and a pick shows the ranked channels', async () => {
		const { container } = renderFinder('fr');
		const box = screen.getByLabelText(finderMessages.fr.ui.picker.describeLabel);
		await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
		// The model loads when the shopper focuses the box.
		fireEvent.focus(box);
		fireEvent.input(box, { target: { value: 'colis jamais arrivé' } });
		const suggestion = await screen.findByRole('button', {
			name: finderMessages.fr.problems['parcel-lost'].label,
		});
		fireEvent.click(suggestion);
		// The answer's view loads on intent: wait for it.
		await waitFor(() => expect(rankedChannels(container)).toHaveLength(8));
		expect(rankedChannels(container)).toEqual([
			'seller',
			'dispute',
			'live-chat',
			'help-center',
			'social-media',
			'email',
			'postal-mail',
			'phone',
		]);
		expect(location.search).toBe('?problem=parcel-lost');
		const first = container.querySelector('[data-channel="seller"]') as HTMLElement;
		expect(
			within(first)
				.getByRole('link', { name: /Lire le guide/ })
				.getAttribute('href')
		).toBe('/fr/contact/seller/');
		// Announced to screen readers.
		expect(
			container.querySelector('[aria-live="polite"][aria-atomic="true"]')!.textContent
		).toContain('8');
	});

	it('says so when nothing matches the description', async () => {
		renderFinder('en');
		const box = screen.getByLabelText('Describe your problem');
		await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
		fireEvent.focus(box);
		fireEvent.input(box, { target: { value: 'xyzzy' } });
		expect(await screen.findByText(finderMessages.en.ui.picker.noSuggestion)).toBeTruthy();
	});

	it('reads the URL, and the answers re-rank the channels and go back into the URL', async () => {
		history.replaceState(null, '', '/en/finder/?problem=parcel-lost');
		const { container } = renderFinder('en');
		await waitFor(() => expect(rankedChannels(container)[0]).toBe('seller'));
		fireEvent.change(screen.getByLabelText('What did the seller do?'), {
			target: { value: 'no-reply' },
		});
		expect(rankedChannels(container).slice(0, 2)).toEqual(['dispute', 'help-center']);
		expect(location.search).toBe('?problem=parcel-lost&seller=no-reply');
		fireEvent.click(screen.getByLabelText('A fast answer'));
		expect(location.search).toContain('priority=fast');
	});

	it('shows the time limits from the dates, and urgent ones move the dispute first', async () => {
		history.replaceState(null, '', '/en/finder/?problem=damaged-item');
		const { container } = renderFinder('en');
		await waitFor(() => expect(rankedChannels(container)[0]).toBe('seller'));
		expect(screen.getByText(finderMessages.en.ui.deadlines.none, { exact: false })).toBeTruthy();
		fireEvent.change(screen.getByLabelText('Date the order was completed'), {
			target: { value: '2026-06-02' },
		});
		expect(rankedChannels(container)[0]).toBe('dispute');
		expect(container.querySelector('[data-clock="refund"]')!.textContent).toMatch(
			/2 days left, until June 17, 2026/
		);
		expect(location.search).toBe('?problem=damaged-item&completed=2026-06-02');
	});

	it('restores the state on Back', async () => {
		const { container } = renderFinder('en');
		await waitFor(() => expect(container.querySelector('[data-hydrated]')).toBeTruthy());
		fireEvent.click(container.querySelector('a[data-problem="account-blocked"]')!);
		await waitFor(() => expect(rankedChannels(container)[0]).toBe('live-chat'));
		await act(() => {
			history.replaceState(null, '', '/en/finder/?problem=question-before-buying');
			dispatchEvent(new PopStateEvent('popstate'));
		});
		expect(rankedChannels(container)[0]).toBe('seller');
		await act(() => {
			history.replaceState(null, '', '/en/finder/');
			dispatchEvent(new PopStateEvent('popstate'));
		});
		expect(rankedChannels(container)).toEqual([]);
	});

	it('shows the time in China', async () => {
		history.replaceState(null, '', '/fr/finder/?problem=late-delivery');
		renderFinder('fr');
		// 04:00 UTC is 12:00 in China: daytime.
		expect(await screen.findByText(/12:00.*UTC\+8/)).toBeTruthy();
	});

	it('is keyboard-labelled: every control has a name', async () => {
		history.replaceState(null, '', '/es/finder/?problem=wrong-item');
		const { container } = renderFinder('es');
		await waitFor(() => expect(rankedChannels(container)).toHaveLength(8));
		for (const control of container.querySelectorAll('input, select, button')) {
			const id = control.getAttribute('id');
			const named =
				(id && container.querySelector(`label[for="${id}"]`)) ||
				control.closest('label') ||
				control.textContent?.trim() ||
				control.getAttribute('aria-label');
			expect(named, control.outerHTML).toBeTruthy();
		}
	});
});

describe('the message composer', () => {
	it('checks the order number, writes the English message and what it means, and copies it', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		history.replaceState(null, '', '/es/finder/?problem=damaged-item');
		const { container } = renderFinder('es');
		await waitFor(() => expect(rankedChannels(container)).toHaveLength(8));
		const ui = finderMessages.es.ui;
		const order = screen.getByLabelText(ui.composer.orderNumberLabel);
		fireEvent.input(order, { target: { value: '81234x' } });
		expect(
			screen.getByText(ui.composer.orderNumberInvalid.replace('{min}', '6').replace('{max}', '30'))
		).toBeTruthy();
		expect(order.getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByRole<HTMLButtonElement>('button', { name: ui.composer.copy }).disabled).toBe(
			true
		);

		fireEvent.input(order, { target: { value: '8123 4567 8901 2345' } });
		fireEvent.click(
			screen.getByLabelText(finderMessages.es.composerUi.outcome['keep-partial-refund'])
		);
		const [english, meaning] = [...container.querySelectorAll('pre.finder-message')].map(
			(el) => el.textContent
		);
		expect(english).toContain('The item arrived damaged. Order number: 8123456789012345.');
		expect(english).toContain('I would like to keep the item and receive a partial refund.');
		expect(meaning).toContain('8123456789012345');
		expect(meaning).not.toBe(english);

		fireEvent.click(screen.getByRole('button', { name: ui.composer.copy }));
		await waitFor(() => expect(screen.getByText(ui.composer.copied)).toBeTruthy());
		expect(writeText).toHaveBeenCalledWith(english);
	});

	it('tells the shopper when copying fails', async () => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
			configurable: true,
		});
		history.replaceState(null, '', '/en/finder/?problem=parcel-lost');
		const { container } = renderFinder('en');
		await waitFor(() => expect(rankedChannels(container)).toHaveLength(8));
		fireEvent.click(screen.getByRole('button', { name: 'Copy the message' }));
		expect(await screen.findByText(finderMessages.en.ui.composer.copyFailed)).toBeTruthy();
		// In English there is nothing to translate: one message only.
		expect(container.querySelectorAll('pre.finder-message')).toHaveLength(1);
	});
});
