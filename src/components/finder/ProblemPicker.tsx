import type { Ref } from 'preact';
import type { FinderMessages, ProblemHints } from '~/finder/languages/types';
import { problemIds, type ProblemId } from '~/finder/types';

interface Props {
	messages: FinderMessages;
	hints?: ProblemHints;
	query: string;
	/** The problems the description suggests, best first. */
	suggestions: ProblemId[];
	current?: ProblemId;
	hydrated: boolean;
	problemHref(id: ProblemId): string;
	onQuery(text: string): void;
	onPick(id: ProblemId): void;
	/** The shopper is about to use the finder (focus, first key): load what the answer needs. */
	onIntent?(): void;
	inputRef?: Ref<HTMLInputElement>;
}

/** Longest description the box takes: a pasted page never freezes typing. */
export const maxDescription = 500;

/** Describe the problem (suggestions as you type) or pick it from the list of every problem. */
export function ProblemPicker(props: Props) {
	const { messages, hints, query, suggestions, hydrated } = props;
	const { ui } = messages;
	const typed = query.trim() !== '';
	return (
		<div class="finder-picker">
			<div class="finder-field">
				<label id="finder-describe-label" for="finder-describe">
					{ui.picker.describeLabel}
				</label>
				<input
					id="finder-describe"
					ref={props.inputRef}
					type="search"
					autoComplete="off"
					maxLength={maxDescription}
					value={query}
					disabled={!hydrated}
					aria-describedby="finder-describe-hint"
					onFocus={props.onIntent}
					onInput={(e) => props.onQuery(e.currentTarget.value)}
				/>
				<p id="finder-describe-hint" class="finder-hint">
					{ui.picker.describeHint}
				</p>
			</div>
			{/* The label is always there, so the group always names an element that exists. */}
			<div
				class="finder-suggestions"
				role="group"
				aria-labelledby="finder-suggestions-label"
				aria-live="polite"
			>
				<p id="finder-suggestions-label" class={typed ? 'finder-label' : 'sr-only'}>
					{typed && suggestions.length === 0 ? ui.picker.noSuggestion : ui.picker.suggestionsLabel}
				</p>
				{typed &&
					suggestions.map((id) => (
						<button
							key={id}
							type="button"
							class="finder-suggestion"
							data-problem={id}
							onClick={() => props.onPick(id)}
						>
							{messages.problems[id].label}
						</button>
					))}
			</div>
			<h2 class="finder-list-title">{ui.picker.pickLabel}</h2>
			<ul class="finder-problems">
				{problemIds.map((id) => (
					<li key={id}>
						<a
							href={props.problemHref(id)}
							data-problem={id}
							aria-current={props.current === id ? 'true' : undefined}
							onPointerEnter={props.onIntent}
							onClick={(event) => {
								if (event.ctrlKey || event.metaKey || event.shiftKey) return;
								event.preventDefault();
								props.onPick(id);
							}}
						>
							<strong>{messages.problems[id].label}</strong>
							{hints && <span>{hints[id]}</span>}
						</a>
					</li>
				))}
			</ul>
		</div>
	);
}
