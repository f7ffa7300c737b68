import { Component } from 'preact';
import { cleanOrderNumber, composeMessage, defaultOutcome } from '../../finder/compose';
import type { ComposerMessages, Outcome, UiMessages } from '../../finder/languages/types';
import { outcomes } from '../../finder/languages/types';
import type { ProblemId } from '../../finder/types';

interface Props {
	problem: ProblemId;
	ui: UiMessages;
	/** What the shopper sends. */
	english: ComposerMessages;
	/** What it means, in the shopper's language (left out when that is English). */
	local?: ComposerMessages;
}


/**
 * Writes the short, detailed English message the sources advise, shows what it says in the
 * shopper's language, and copies it. Nothing typed here leaves the browser.
 */
interface ComposerView {
	order: string;
	outcome: Outcome;
	copyStatus: 'idle' | 'copied' | 'failed';
}

export class Composer extends Component<Props, ComposerView> {
	constructor(props: Props) {
		super(props);
		this.state = { order: '', outcome: defaultOutcome(props.problem), copyStatus: 'idle' };
	}

	render({ problem, ui, english, local }: Props, { order, outcome, copyStatus }: ComposerView) {
		const setOrder = (value: string) => this.setState({ order: value });
		const setOutcome = (value: Outcome) => this.setState({ outcome: value });
		const setCopyStatus = (value: ComposerView['copyStatus']) => this.setState({ copyStatus: value });
		const orderNumber = cleanOrderNumber(order);
		const orderInvalid = order.trim() !== '' && !orderNumber;
		const input = { problem, outcome, orderNumber };
		const message = composeMessage(english, input);
		const meaning = local ? composeMessage(local, input) : undefined;

		async function copy() {
			try {
				await navigator.clipboard.writeText(message);
				setCopyStatus('copied');
			} catch {
				setCopyStatus('failed');
			}
		}

		return (
			<section class="finder-composer" aria-labelledby="finder-composer-title">
				<h2 id="finder-composer-title">{ui.composerHeading}</h2>
				<div class="finder-field">
					<label for="finder-order">{ui.orderNumberLabel}</label>
					<input
						id="finder-order"
						type="text"
						inputMode="numeric"
						autoComplete="off"
						value={order}
						aria-invalid={orderInvalid}
						aria-describedby={orderInvalid ? 'finder-order-error' : 'finder-order-hint'}
						onInput={(e) => {
							setOrder(e.currentTarget.value);
							setCopyStatus('idle');
						}}
					/>
					{orderInvalid ? (
						<p id="finder-order-error" class="finder-error">
							{ui.orderNumberInvalid}
						</p>
					) : (
						<p id="finder-order-hint" class="finder-hint">
							{ui.orderNumberHint}
						</p>
					)}
				</div>
				<fieldset class="finder-field">
					<legend>{ui.outcomeLabel}</legend>
					{outcomes.map((value) => (
						<label key={value} class="finder-choice">
							<input
								type="radio"
								name="finder-outcome"
								value={value}
								checked={outcome === value}
								onChange={() => {
									setOutcome(value);
									setCopyStatus('idle');
								}}
							/>
							{ui.outcome[value]}
						</label>
					))}
				</fieldset>
				<p class="finder-label" id="finder-message-label">
					{ui.messageInEnglish}
				</p>
				<pre class="finder-message" lang="en" aria-labelledby="finder-message-label" tabIndex={0}>
					{message}
				</pre>
				{meaning && (
					<>
						<p class="finder-label" id="finder-meaning-label">
							{ui.messageMeaning}
						</p>
						<pre class="finder-message finder-meaning" aria-labelledby="finder-meaning-label" tabIndex={0}>
							{meaning}
						</pre>
					</>
				)}
				<button type="button" class="finder-button" onClick={copy} disabled={orderInvalid}>
					{ui.copy}
				</button>
				<p class="finder-hint" role="status">
					{copyStatus === 'copied' ? ui.copied : copyStatus === 'failed' ? ui.copyFailed : ''}
				</p>
				<p class="finder-hint">{ui.privacyNote}</p>
			</section>
		);
	}
}
