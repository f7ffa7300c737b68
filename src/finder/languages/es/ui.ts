import type { FinderShell } from '../types';

/**
 * What the finder shows before any answer: the problems and the interface's labels. Apart from
 * the answer's sentences (messages.ts), so that the embed's first file carries only these.
 */
export const shell: FinderShell = {
	problems: {
		'question-before-buying': { label: 'Una duda antes de comprar' },
		'late-delivery': { label: 'Mi paquete llega tarde' },
		'parcel-lost': { label: 'Mi paquete nunca llegó' },
		'damaged-item': { label: 'El artículo llegó dañado' },
		'wrong-item': { label: 'Me llegó otro artículo' },
		'defective-item': { label: 'El artículo es defectuoso' },
		'return-unwanted': { label: 'Quiero devolver un artículo' },
		'refund-not-received': { label: 'No me ha llegado el reembolso' },
		'seller-unresponsive': { label: 'El vendedor no responde' },
		'dispute-refused': { label: 'El vendedor rechazó mi disputa' },
		'payment-problem': { label: 'Un problema con el pago' },
		'account-blocked': { label: 'Mi cuenta está bloqueada' },
		'formal-complaint': { label: 'Quiero presentar una reclamación por escrito' },
	},
	ui: {
		picker: {
			title: 'Asistente de contacto',
			describeLabel: 'Cuéntanos tu problema',
			describeHint: 'Bastan unas palabras, por ejemplo «mi paquete nunca llegó».',
			suggestionsLabel: '¿Es alguno de estos?',
			noSuggestion: 'Aún no lo reconocemos: elige tu problema en la lista de abajo.',
			pickLabel: 'O elige tu problema',
			startOver: 'Empezar de nuevo',
			loading: 'Cargando la respuesta…',
			openFinder: 'Abrir el asistente de contacto',
		},
		entry: {
			heading: '¿Qué ha pasado?',
			button: 'Dime a quién contactar',
		},
		questions: {
			legend: 'Unas preguntas opcionales para afinar la respuesta',
			deliveredOnLabel: 'Fecha de entrega',
			completedOnLabel: 'Fecha en que se completó el pedido',
			dateHint: 'Déjalo en blanco si no lo sabes.',
			sellerLabel: '¿Qué ha hecho el vendedor?',
			seller: {
				'not-contacted': 'Aún no he escrito al vendedor',
				'no-reply': 'El vendedor no contesta',
				refused: 'El vendedor dijo que no',
				agreed: 'El vendedor aceptó',
			},
			priorityLabel: '¿Qué es lo más importante para ti?',
			priority: {
				none: 'Sin preferencia',
				fast: 'Una respuesta rápida',
				'written-record': 'Que quede por escrito',
			},
		},
		results: {
			heading: 'A quién contactar, en este orden',
			announcement: '{count} canales para «{problem}», del mejor al último.',
			rankLabel: 'Opción',
			whyLabel: 'Por qué',
			cautionLabel: 'Atención',
			howLabel: 'Cómo llegar',
			guideLink: 'Leer la guía',
			otherChannels: 'Otras formas de contactarlos',
		},
		deadlines: {
			heading: 'Tus plazos',
			none: 'Indica la fecha de entrega o la fecha en que se completó el pedido para ver tus plazos.',
			guide: 'Cómo funcionan los plazos',
		},
		chinaTime: {
			heading: 'Hora actual en China',
			day: 'En China es {weekday}, {time} (UTC+8): allí es de día.',
			night:
				'En China es {weekday}, {time} (UTC+8): allí es de noche, así que la respuesta puede tardar más.',
		},
		composer: {
			heading: 'Escribe tu mensaje',
			orderNumberLabel: 'Número de pedido',
			orderNumberHint:
				'Lo encontrarás en Mis pedidos. Pégalo tal cual: nos quedamos con las cifras.',
			orderNumberInvalid:
				'Un número de pedido tiene de {min} a {max} cifras. Cópialo de Mis pedidos.',
			messageInEnglish: 'Tu mensaje, en inglés',
			messageMeaning: 'Lo que dice',
			copy: 'Copiar el mensaje',
			copied: 'Copiado. Pégalo en tu mensaje al vendedor o al servicio de ayuda.',
			copyFailed: 'No se ha podido copiar: selecciona el mensaje y cópialo a mano.',
			privacyNote: 'Nada de lo que escribes sale de tu navegador.',
		},
	},
};
