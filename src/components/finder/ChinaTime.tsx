import { useEffect, useState } from 'preact/hooks';
import { chinaTime } from '../../finder/china-time';
import { fill } from '../../finder/format';
import type { UiMessages } from '../../finder/messages/types';

/** What time it is in China now (UTC+8), and whether it is daytime there; updated every minute. */
export function ChinaTime({ ui, lang, now }: { ui: UiMessages; lang: string; now?: () => Date }) {
	const [date, setDate] = useState<Date | undefined>(undefined);
	useEffect(() => {
		const tick = () => setDate(now ? now() : new Date());
		tick();
		const timer = setInterval(tick, 60_000);
		return () => clearInterval(timer);
	}, [now]);
	// The server renders an empty line of the same height: the time only exists in the browser.
	const clock = date && chinaTime(date, lang);
	return (
		<section class="finder-china" aria-labelledby="finder-china-title">
			<h3 id="finder-china-title">{ui.chinaTimeHeading}</h3>
			<p class="finder-china-time">
				{clock ? fill(clock.daytime ? ui.chinaTimeDay : ui.chinaTimeNight, { time: clock.time }) : '\u00a0'}
			</p>
		</section>
	);
}
