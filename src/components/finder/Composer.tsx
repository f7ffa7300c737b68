import { Component } from 'preact';
import type { ChannelId } from '~/data/channels';
import { cleanOrderNumber, composeMessage, type ComposeInput } from '~/finder/compose';
import { fill } from '~/finder/format';
import { orderDigits } from '~/finder/order-number';
import type { ComposerMessages, ComposerUi, UiMessages } from '~/finder/languages/types';
import { problemRules, questionsFor, type Outcome, type Recipient } from '~/finder/rules';
import type { ProblemId, SellerStatus } from '~/finder/types';

/** What the finder already knows, from its questions or from the shopper's text. */
export interface ComposerSituation {
	deliveredOn?: string;
	completedOn?: string;
	seller?: SellerStatus;
	/** The first card's channel: it picks who the message is for. */
	firstChannel?: ChannelId;
	orderNumber?: string;
}

interface Props {
	problem: ProblemId;
	ui: UiMessages;
	composerUi: ComposerUi;
	/** What the shopper sends. */
	english: ComposerMessages;
	/** What it means, in the shopper's language (left out when that is English). */
	local?: ComposerMessages;
	situation?: ComposerSituation;
	/** The printable letter's page (`/{lang}/letter/` on the site): linked for a formal complaint or when the letter comes first. */
	letterPage?: string;
}

interface ComposerView {
	order: string;
	outcome?: Outcome;
	recipient?: Recipient;
	question: string;
	details: string;
	contactedOn: string;
	evidence: boolean;
	name: string;
	copyStatus: 'idle' | 'copied' | 'failed';
}

/** Who a message goes to by default: the one the first card is about. */
function recipientFor(problem: ProblemId, first: ChannelId | undefined): Recipient {
	const { recipients } = problemRules[problem];
	const wanted: Recipient =
		first === 'seller' || first === 'dispute' ? recipients[0]! : 'aliexpress';
	return recipients.includes(wanted) ? wanted : recipients[0]!;
}

/**
 * Writes the short, detailed English message the sources advise from what the shopper gave, shows
 * what it says in their language, and copies it. Nothing typed here leaves the browser. Only the
 * fields that fit the problem are asked (no order number before buying or for an account).
 */
export class Composer extends Component<Props, ComposerView> {
	constructor(props: Props) {
		super(props);
		this.state = {
			order: props.situation?.orderNumber ?? '',
			question: '',
			details: '',
			contactedOn: '',
			evidence: true,
			name: '',
			copyStatus: 'idle',
		};
	}

	set = (change: Partial<ComposerView>) => this.setState({ ...change, copyStatus: 'idle' });

	render(
		{ problem, ui, composerUi: text, english, local, situation = {}, letterPage }: Props,
		view: ComposerView
	) {
		const rules = problemRules[problem];
		const asks = questionsFor(problem);
		const outcome = view.outcome ?? rules.outcomes[0]!;
		const recipient = view.recipient ?? recipientFor(problem, situation.firstChannel);
		const orderNumber = cleanOrderNumber(view.order);
		const orderInvalid = view.order.trim() !== '' && !orderNumber;
		const input: ComposeInput = {
			problem,
			outcome,
			recipient,
			orderNumber,
			question: view.question,
			deliveredOn: situation.deliveredOn,
			completedOn: situation.completedOn,
			seller: situation.seller,
			contactedOn: view.contactedOn,
			details: view.details,
			evidence: view.evidence,
			name: view.name,
		};
		const message = composeMessage(english, input);
		const meaning = local ? composeMessage(local, input) : undefined;
		const setCopyStatus = (copyStatus: ComposerView['copyStatus']) => this.setState({ copyStatus });
		const copy = async () => {
			try {
				await navigator.clipboard.writeText(message);
				setCopyStatus('copied');
			} catch {
				setCopyStatus('failed');
			}
		};
		const choices = <T extends string>(
			name: string,
			legend: string,
			values: readonly T[],
			current: T,
			labels: Record<T, string>,
			pick: (value: T) => void
		) =>
			values.length > 1 && (
				<fieldset class="finder-field">
					<legend>{legend}</legend>
					{values.map((value) => (
						<label key={value} class="finder-choice">
							<input
								type="radio"
								name={name}
								value={value}
								checked={current === value}
								onChange={() => pick(value)}
							/>
							{labels[value]}
						</label>
					))}
				</fieldset>
			);
		const field = (
			id: string,
			label: string,
			value: string,
			key: 'question' | 'details' | 'contactedOn' | 'name',
			type = 'text',
			hint?: string
		) => (
			<div class="finder-field">
				<label for={id}>{label}</label>
				<input
					id={id}
					type={type}
					value={value}
					maxLength={600}
					autoComplete={key === 'name' ? 'name' : 'off'}
					aria-describedby={hint ? `${id}-hint` : undefined}
					onInput={(e) => this.set({ [key]: e.currentTarget.value })}
				/>
				{hint && (
					<p id={`${id}-hint`} class="finder-hint">
						{hint}
					</p>
				)}
			</div>
		);

		const message_ = (
			<>
				<p class="finder-label" id="finder-message-label">
					{ui.composer.messageInEnglish}
				</p>
				<pre
					class="finder-message"
					lang="en"
					aria-labelledby="finder-message-label"
					tabIndex={0}
					data-composer-message
				>
					{message}
				</pre>
				<button
					type="button"
					class="finder-button"
					onClick={() => void copy()}
					disabled={orderInvalid}
				>
					{ui.composer.copy}
				</button>
				<p class="finder-hint" role="status">
					{view.copyStatus === 'copied'
						? ui.composer.copied
						: view.copyStatus === 'failed'
							? ui.composer.copyFailed
							: ''}
				</p>
				{meaning && (
					<>
						<p class="finder-label" id="finder-meaning-label">
							{ui.composer.messageMeaning}
						</p>
						<pre
							class="finder-message finder-meaning"
							aria-labelledby="finder-meaning-label"
							tabIndex={0}
						>
							{meaning}
						</pre>
					</>
				)}
			</>
		);

		// The message first, ready to copy; what makes it sharper comes after it.
		return (
			<section class="finder-composer" aria-labelledby="finder-composer-title">
				<h2 id="finder-composer-title">{ui.composer.heading}</h2>
				{choices(
					'finder-recipient',
					text.recipientLabel,
					rules.recipients,
					recipient,
					text.recipient,
					(value) => this.set({ recipient: value })
				)}
				{message_}
				{asks.question && field('finder-question', text.questionLabel, view.question, 'question')}
				{asks.orderNumber && (
					<div class="finder-field">
						<label for="finder-order">{ui.composer.orderNumberLabel}</label>
						<input
							id="finder-order"
							type="text"
							inputMode="numeric"
							autoComplete="off"
							maxLength={200}
							value={view.order}
							aria-invalid={orderInvalid}
							aria-describedby={orderInvalid ? 'finder-order-error' : 'finder-order-hint'}
							onInput={(e) => this.set({ order: e.currentTarget.value })}
						/>
						{orderInvalid ? (
							<p id="finder-order-error" class="finder-error">
								{fill(ui.composer.orderNumberInvalid, orderDigits)}
							</p>
						) : (
							<p id="finder-order-hint" class="finder-hint">
								{ui.composer.orderNumberHint}
							</p>
						)}
					</div>
				)}
				{choices(
					'finder-outcome',
					text.outcomeLabel,
					rules.outcomes,
					outcome,
					text.outcome,
					(value) => this.set({ outcome: value })
				)}
				{situation.seller === 'no-reply' &&
					field('finder-contacted', text.contactedOnLabel, view.contactedOn, 'contactedOn', 'date')}
				{!asks.question &&
					field(
						'finder-details',
						text.detailsLabel,
						view.details,
						'details',
						'text',
						text.detailsHint
					)}
				{rules.evidence && (
					<label class="finder-choice">
						<input
							type="checkbox"
							checked={view.evidence}
							onChange={(e) => this.set({ evidence: e.currentTarget.checked })}
						/>
						{text.evidenceLabel}
					</label>
				)}
				{field('finder-name', text.nameLabel, view.name, 'name')}
				<p class="finder-hint">{ui.composer.privacyNote}</p>
				{letterPage &&
					(problem === 'formal-complaint' || situation.firstChannel === 'postal-mail') && (
						<p>
							{/* A fragment, not a query: what the shopper typed never reaches a server. */}
							<a
								href={`${letterPage}#problem=${problem}${orderNumber ? `&order=${orderNumber}` : ''}`}
							>
								{text.letterLink}
							</a>
						</p>
					)}
			</section>
		);
	}
}
