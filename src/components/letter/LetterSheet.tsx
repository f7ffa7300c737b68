import type { Letter } from '~/finder/letter';

/** A letter laid out as one A4 page: the sender, the recipient, the date, the subject, the text. */
export function LetterSheet({
	letter,
	lang,
	meaning = false,
}: {
	letter: Letter;
	lang: string;
	meaning?: boolean;
}) {
	return (
		<article
			class={meaning ? 'letter-sheet letter-meaning' : 'letter-sheet'}
			lang={lang}
			data-letter={meaning ? undefined : ''}
		>
			<address class="letter-sender">
				{letter.sender.map((line, i) => (
					<span key={i}>{line}</span>
				))}
			</address>
			<address class="letter-recipient">
				{letter.recipient.map((line, i) => (
					<span key={i}>{line}</span>
				))}
			</address>
			<p class="letter-date">{letter.dateLine}</p>
			<p class="letter-subject">{letter.subject}</p>
			<p>{letter.salutation}</p>
			{letter.paragraphs.map((paragraph, i) => (
				<p key={i}>{paragraph}</p>
			))}
			<p>{letter.closing}</p>
			{letter.signature && <p class="letter-signature">{letter.signature}</p>}
		</article>
	);
}
