import { shell } from './ui';
import { esComposer } from './composer';
import type { FinderMessages, ProblemHints } from '../types';

export const es: FinderMessages = {
	lang: 'es',
	...shell,
	channels: {
		seller: {
			name: 'Escribir al vendedor',
			where: 'En los mensajes del pedido; antes de comprar, desde la página del artículo.',
		},
		dispute: {
			name: 'Abrir una disputa',
			where: 'En el propio pedido, desde tu lista de pedidos.',
		},
		'live-chat': {
			name: 'Chat en vivo de AliExpress',
			where: 'Desde la página de inicio de AliExpress.',
		},
		'help-center': {
			name: 'Centro de ayuda y preguntas frecuentes',
			where:
				'En la web de AliExpress: las preguntas frecuentes (FAQ) y la página de contacto del servicio al cliente.',
		},
		'social-media': {
			name: 'Redes sociales',
			where: 'Facebook (una cuenta en francés), WhatsApp o un mensaje privado en X (Twitter).',
		},
		email: {
			name: 'Correo al servicio al cliente',
			where: 'Las direcciones vigentes aparecen en la propia web de AliExpress.',
		},
		phone: {
			name: 'Llamar a Alibaba',
			where: 'La centralita de Alibaba Group en Hangzhou (China).',
		},
		'postal-mail': {
			name: 'Enviar una carta',
			where: 'A Alibaba France, en París, o a la sede de Alibaba en Hangzhou.',
		},
	},
	existingDispute: {
		name: 'Tu disputa, ahora en manos del equipo de disputas de AliExpress',
		where: 'En el pedido, dentro de Mis pedidos: ahí está tu disputa.',
	},
	reasons: {
		'seller.firstStep':
			'El vendedor es el mejor primer paso para la mayoría de los problemas y para cualquier reembolso.',
		'seller.beforeBuying':
			'Antes de comprar, pregúntale al vendedor desde la página del artículo: se abre una ventana para escribir tu duda (talla, material…).',
		'seller.agreed':
			'El vendedor aceptó: acuerden los detalles en el centro de mensajes y guarda su respuesta.',
		'seller.keepProof': 'Guarda tus mensajes al vendedor: demuestran que lo contactaste primero.',
		'seller.messageCenter':
			'Todos tus mensajes con el vendedor quedan guardados en el centro de mensajes.',
		'dispute.refundRequest':
			'La disputa es la solicitud de reembolso de tu pedido. El vendedor la revisa y decide; si la rechaza, el equipo de disputas de AliExpress toma el caso y decide.',
		'dispute.sellerSilent':
			'El vendedor no contesta: haz tu solicitud de reembolso en el propio pedido. Si la rechaza, el equipo de disputas de AliExpress toma el caso y decide.',
		'dispute.sellerRefused':
			'El vendedor dijo que no. En una disputa, cuando el vendedor la rechaza, el equipo de disputas de AliExpress toma el caso y decide.',
		'dispute.teamTakesOver':
			'El vendedor rechazó tu disputa, así que el equipo de disputas de AliExpress toma el caso y decide.',
		'dispute.afterOrderOnly':
			'Una disputa se abre sobre un pedido: primero tienes que haber comprado.',
		'dispute.deadlineClose': 'Queda poco tiempo: {clock} termina el {date}. Abre la disputa antes.',
		'liveChat.fast': 'Las respuestas llegan muy rápido y el chat es fácil de usar.',
		'liveChat.sellerHard': 'Recomendado cuando hablar con el vendedor se complica.',
		'liveChat.aliexpressProblem':
			'Los problemas de pago y de cuenta, como una cuenta bloqueada, están entre los motivos para contactar directamente con AliExpress.',
		'liveChat.afterDeadline':
			'Tus plazos ya pasaron: aun así, puedes preguntar por tu caso al servicio al cliente de AliExpress.',
		'helpCenter.rightTeam':
			'Su página de contacto clasifica tu mensaje por tema, para que llegue a alguien que conoce tu tipo de problema.',
		'helpCenter.faq':
			'Las preguntas frecuentes son lo primero que conviene mirar; sirven para problemas menores.',
		'helpCenter.sellerHard':
			'Si cuesta contactar con el vendedor, prueba primero el servicio de ayuda en línea y después el chat.',
		'socialMedia.reactive':
			'Suelen responder antes que otros canales, porque a las empresas les preocupa la mala publicidad. En X (Twitter), la respuesta suele llegar en el día.',
		'email.detailed':
			'Escribe en inglés y con todos los detalles posibles, como tu número de pedido: así consigues una respuesta rápida por correo.',
		'phone.alibaba': 'Es el número de Alibaba: no es el mejor canal para una respuesta rápida.',
		'postalMail.trace':
			'Una carta a Alibaba, la empresa matriz de AliExpress, deja una constancia escrita concreta.',
		'priority.written':
			'Quieres una constancia por escrito: guarda una copia de todo lo que envíes.',
		'complaint.written':
			'Una reclamación por escrito deja constancia: guarda una copia de lo que envíes.',
	},
	cautions: {
		'seller.oneMessage':
			'Manda un solo mensaje, corto y detallado, y espera la respuesta: si insistes antes, te pueden tomar por spam o por una cuenta sospechosa.',
		'seller.noEscalationFirst':
			'No acudas a AliExpress antes de que el vendedor conteste: puedes recibir una advertencia, e incluso una suspensión de tu cuenta.',
		'seller.timeZone':
			'El vendedor seguramente está en otro huso horario: escríbele en su horario de trabajo.',
		'dispute.onePerOrder':
			'Solo puedes abrir una disputa por pedido: da todos los detalles desde el principio.',
		'dispute.detail':
			'Da todos los detalles posibles: cuanto más precisa es la solicitud, antes llega el dinero.',
		'dispute.evidence':
			'Guarda tus pruebas hasta que se cierre la disputa: fotos del artículo y del paquete, un video del desempaquetado, capturas del seguimiento y de tus mensajes con el vendedor.',
		'dispute.needsOrder': 'No hay disputa antes de comprar: todavía no hay pedido.',
		'deadline.before': 'Actúa antes del {date}, cuando termina {clock}.',
		'deadline.passed':
			'{clock} terminó el {date}: quizá ya no puedas abrir una disputa, así que consulta al servicio al cliente de AliExpress.',
		'liveChat.english': 'Escribe en inglés.',
		'liveChat.robot': 'Las primeras respuestas las da un robot con respuestas predefinidas.',
		'helpCenter.minorProblems':
			'Las preguntas frecuentes sirven para problemas menores; para un reembolso, empieza por el vendedor.',
		'socialMedia.private': 'Usa un mensaje privado y nunca publiques los datos de tu pedido.',
		'email.english': 'Escribe en inglés, con todos los detalles y tu número de pedido.',
		'email.noAddressHere':
			'No damos ninguna dirección: usa la que aparece en el sitio de AliExpress.',
		'phone.notHotline':
			'AliExpress no tiene línea de atención propia: este es el número de Alibaba Group, en China.',
		'phone.international':
			'Es una llamada internacional a China (UTC+8): mira antes qué hora es allí.',
		'postalMail.slow': 'Las respuestas por correo postal tardan.',
		'postalMail.keepCopy':
			'Guarda una copia de tu carta. En Francia, una carta certificada con acuse de recibo prueba que la enviaste.',
		'bank.lastResort':
			'Si el equipo de disputas también dice que no, tu banco o tu servicio de pago quizá pueda revertir el cargo o abrir su propia reclamación: consúltales pronto, porque tienen sus propios plazos.',
	},
	clockNames: {
		refund: 'el plazo de reembolso de {n} días desde que se completa el pedido',
		'payment-hold': 'la retención del pago de {n} días desde la entrega',
	},
	undeliveredNote:
		'Tu paquete nunca llegó, así que no hay fecha de entrega: nuestras fuentes no dicen cuándo empieza la retención del pago en ese caso. No esperes: actúa ya.',
	deadlines: {
		refund: {
			open: 'Plazo de reembolso ({limit} desde que se completa el pedido): te quedan {days}, hasta el {date}.',
			lastDay:
				'Plazo de reembolso ({limit} desde que se completa el pedido): hoy, {date}, es el último día.',
			passed:
				'Plazo de reembolso ({limit} desde que se completa el pedido): terminó el {date}, hace {days}.',
			action: 'Pídele el reembolso al vendedor, o abre la disputa, antes de que termine.',
		},
		'payment-hold': {
			open: 'Retención del pago ({limit} desde la entrega): te quedan {days}, hasta el {date}.',
			lastDay: 'Retención del pago ({limit} desde la entrega): hoy, {date}, es el último día.',
			passed: 'Retención del pago ({limit} desde la entrega): terminó el {date}, hace {days}.',
			action:
				'Si el artículo no llegó o no es lo que pediste, inicia un trámite antes de que termine.',
		},
	},
	dayCount: { one: '{n} día', other: '{n} días' },
	dateProblems: {
		invalid: '«{value}» no es una fecha que podamos leer ({field}); no la hemos tenido en cuenta.',
		future: '{field} está en el futuro ({value}); no la hemos tenido en cuenta.',
		early: '{field} es {value}, anterior a {year}: revísala.',
		beforeDelivery:
			'La fecha en que se completó el pedido ({value}) es anterior a la de entrega: revisa las dos.',
		fields: {
			today: 'La fecha de hoy',
			deliveredOn: 'La fecha de entrega',
			completedOn: 'La fecha en que se completó el pedido',
		},
	},
	composer: esComposer,
	composerUi: {
		recipientLabel: '¿Para quién es?',
		recipient: {
			seller: 'El vendedor (centro de mensajes)',
			aliexpress: 'AliExpress (chat o correo)',
			'dispute-team': 'El equipo de disputas de AliExpress',
		},
		outcomeLabel: '¿Qué pides?',
		outcome: {
			answer: 'Una respuesta a mi pregunta',
			'tracking-update': 'Noticias del paquete',
			reship: 'Que lo envíen de nuevo',
			'full-refund': 'Un reembolso completo',
			'return-full-refund': 'Devolverlo por un reembolso completo',
			'keep-partial-refund': 'Quedármelo con un reembolso parcial',
			'return-how': 'Saber si puedo devolverlo y cómo',
			'refund-status': 'Mi reembolso',
			'payment-check': 'Que revisen el pago',
			unlock: 'Que desbloqueen mi cuenta',
			'team-decides': 'Una decisión sobre mi disputa',
			'seller-answer': 'Una respuesta del vendedor',
			'written-answer': 'Una respuesta por escrito',
		},
		questionLabel: 'Tu pregunta',
		detailsLabel: '¿Qué falla exactamente? (opcional)',
		detailsHint: 'Una o dos frases cortas, en inglés si puedes.',
		contactedOnLabel: 'Fecha en que le escribiste al vendedor (opcional)',
		evidenceLabel: 'Decir que adjunto fotos o capturas',
		nameLabel: 'Tu nombre (opcional)',
		letterLink: 'Redactar una carta para imprimir',
	},
};

/** One line under each problem in the site's list, and its pages' description. */
export const esHints: ProblemHints = {
	'question-before-buying': 'Talla, material, envío: pregunta antes de hacer el pedido.',
	'late-delivery': 'El pedido está tardando más de lo previsto.',
	'parcel-lost': 'Parece perdido o no ha llegado nunca.',
	'damaged-item': 'Roto o estropeado durante el envío.',
	'wrong-item': 'No es lo que pedí.',
	'defective-item': 'No funciona como debería.',
	'return-unwanted': 'No me ha convencido.',
	'refund-not-received': 'Me aceptaron un reembolso, pero el dinero no ha vuelto.',
	'seller-unresponsive': 'Le escribí y no he tenido respuesta.',
	'dispute-refused': 'Abrí una disputa y el vendedor dijo que no.',
	'payment-problem': 'Método de pago, cobro doble, pago rechazado.',
	'account-blocked': 'No puedo iniciar sesión o me han suspendido la cuenta.',
	'formal-complaint': 'Por escrito, con una constancia que pueda guardar.',
};
