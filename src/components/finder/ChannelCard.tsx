import type { RankedChannel } from '../../finder/types';
import type { UiMessages } from '../../finder/languages/types';

interface Props {
	channel: RankedChannel;
	ui: UiMessages;
	/** Prefix for guide links: '' on the site, the site's address in the embed. */
	linkBase?: string;
	/** Open guides in a new tab (the embed). */
	newTab?: boolean;
}

/** One channel of the answer: why, what to watch out for, how to reach it, and its guide. */
export function ChannelCard({ channel, ui, linkBase = '', newTab = false }: Props) {
	const { reach } = channel;
	const titleId = `finder-channel-${channel.id}`;
	return (
		<li class="finder-card" data-channel={channel.id}>
			<h3 class="finder-card-title" id={titleId}>
				<span class="finder-rank" aria-hidden="true">
					{channel.rank}
				</span>
				<span class="sr-only">
					{ui.results.rankLabel} {channel.rank}:{' '}
				</span>
				{channel.name}
			</h3>
			<p class="finder-label">{ui.results.whyLabel}</p>
			<ul class="finder-reasons">
				{channel.reasons.map((reason) => (
					<li key={reason}>{reason}</li>
				))}
			</ul>
			{channel.cautions.length > 0 && (
				<>
					<p class="finder-label finder-label-caution">{ui.results.cautionLabel}</p>
					<ul class="finder-cautions">
						{channel.cautions.map((caution) => (
							<li key={caution}>{caution}</li>
						))}
					</ul>
				</>
			)}
			<p class="finder-label">{ui.results.howLabel}</p>
			<p class="finder-where">{reach.where}</p>
			{reach.path ? (
				<ol class="finder-path">
					{reach.path.map((step) => (
						<li key={step.text}>
							<strong>{step.text}</strong>
							{step.english && (
								<>
									{' '}
									(<span lang="en">{step.english}</span>)
								</>
							)}
						</li>
					))}
				</ol>
			) : null}
			{reach.phone && (
				<p>
					<a href={`tel:${reach.phone.e164}`} class="finder-phone">
						{reach.phone.display}
					</a>
				</p>
			)}
			{reach.addresses?.map((lines) => (
				<address key={lines[0]} class="finder-address">
					{lines.map((line, i) => (
						<>
							{i > 0 && <br />}
							{line}
						</>
					))}
				</address>
			))}
			<a
				class="finder-guide"
				href={`${linkBase}${channel.guide}`}
				target={newTab ? '_blank' : undefined}
				rel={newTab ? 'noopener' : undefined}
			>
				{ui.results.guideLink}
				<span class="sr-only">: {channel.name}</span>
			</a>
		</li>
	);
}
