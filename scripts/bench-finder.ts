/**
 * `npm run bench:finder`: how fast the finder reads a text. A 500-character story: median at most
 * 2 ms; a 1 MB paste, junk, emoji, right-to-left text: never over 50 ms (config/budgets.ts).
 * Exits 1 over a budget.
 */
import { finderSpeedBudgets } from '../config/budgets.ts';
import { understand } from '../src/finder/index.ts';
import { langs } from '../src/i18n/locales.ts';

const story = {
	fr: 'Bonjour, j’ai commandé une montre le 3 mars, commande n° 8123 4567 8901 2345. Le colis n’est jamais arrivé, le suivi dit livré mais je n’ai rien reçu et le vendeur ne répond plus depuis une semaine. ',
	en: 'Hi, I ordered a watch on March 3, order 8123456789012345. The parcel never came, tracking says delivered but I got nothing and the seller stopped answering a week ago. ',
	es: 'Hola, pedí un reloj el 3 de marzo, pedido 8123456789012345. El paquete nunca llegó, el seguimiento dice entregado pero no recibí nada y el vendedor no contesta hace una semana. ',
};
const time = (run: () => void) => {
	const started = performance.now();
	run();
	return performance.now() - started;
};
let over = false;
for (const lang of langs) {
	const text = story[lang].repeat(4).slice(0, 500);
	understand(text, lang);
	const times = Array.from({ length: 300 }, () => time(() => understand(text, lang))).sort(
		(a, b) => a - b
	);
	const median = times[150]!;
	const worst = Math.max(
		...[
			'x'.repeat(1_000_000),
			'😀'.repeat(200_000),
			'مرحبا '.repeat(50_000),
			'\u0000\uffff'.repeat(1000),
		].map((junk) => time(() => understand(junk, lang)))
	);
	over ||= median > finderSpeedBudgets.median500Chars || worst > finderSpeedBudgets.worstInput;
	console.log(
		`${lang}: 500 characters, median ${median.toFixed(2)} ms (budget ${finderSpeedBudgets.median500Chars}); worst junk ${worst.toFixed(1)} ms (budget ${finderSpeedBudgets.worstInput})`
	);
}
process.exit(over ? 1 : 0);
