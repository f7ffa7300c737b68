import { Component } from 'preact';
import { chinaTime } from '../../finder/china-time';
import { fill } from '../../finder/format';
import type { UiMessages } from '../../finder/languages/types';

interface Props {
	ui: UiMessages;
	lang: string;
	now?: () => Date;
}

/** What time it is in China now (UTC+8), and whether it is daytime there; updated every minute. */
export class ChinaTime extends Component<Props, { date?: Date }> {
	timer?: ReturnType<typeof setInterval>;

	componentDidMount() {
		const tick = () => this.setState({ date: this.props.now ? this.props.now() : new Date() });
		tick();
		this.timer = setInterval(tick, 60_000);
	}

	componentWillUnmount() {
		clearInterval(this.timer);
	}

	render({ ui, lang }: Props, { date }: { date?: Date }) {
		// The server renders an empty line of the same height: the time only exists in the browser.
		const clock = date && chinaTime(date, lang);
		return (
			<section class="finder-china" aria-labelledby="finder-china-title">
				<h3 id="finder-china-title">{ui.chinaTime.heading}</h3>
				<p class="finder-china-time">
					{clock
						? fill(clock.daytime ? ui.chinaTime.day : ui.chinaTime.night, {
								weekday: clock.weekday,
								time: clock.time,
							})
						: '\u00a0'}
				</p>
			</section>
		);
	}
}
