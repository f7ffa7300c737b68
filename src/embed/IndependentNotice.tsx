interface Props {
	text: string;
	linkText: string;
	/** The site's about page (absolute in the custom element). */
	href: string;
}

/** The one line every embed carries: this is an independent site, not AliExpress. */
export function IndependentNotice({ text, linkText, href }: Props) {
	return (
		<p class="embed-notice">
			{text}{' '}
			<a href={href} target="_blank" rel="noopener">
				{linkText}
			</a>
		</p>
	);
}
