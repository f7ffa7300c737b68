import type { LetterMessages } from '../types';

export const esLetter: LetterMessages = {
	dateLine: '{date}',
	subject: 'Asunto: reclamación sobre el pedido de AliExpress n.º {order}',
	subjectNoOrder: 'Asunto: reclamación sobre un pedido de AliExpress',
	salutation: 'Estimados señores:',
	intro: 'Me dirijo a Alibaba, empresa matriz de AliExpress, por un pedido hecho en AliExpress.',
	writtenReply: 'Les agradecería una respuesta por escrito.',
	closing: 'Atentamente,',
	ui: {
		heading: 'Una carta para imprimir',
		intro:
			'Completa los campos: la carta de abajo se redacta sola. Imprímela, fírmala y guarda una copia. Nada de lo que escribes sale de tu navegador.',
		placeLabel: 'Destinatario',
		place: {
			paris: 'Alibaba France, París (en francés)',
			hangzhou: 'Sede de Alibaba, Hangzhou (en inglés)',
		},
		nameLabel: 'Tu nombre completo',
		addressLabel: 'Tu dirección postal',
		problemLabel: '¿De qué se trata?',
		letterIn: 'La carta',
		meaningLabel: 'Qué dice',
		print: 'Imprimir la carta',
		printHint: 'Solo se imprime la carta, en una página A4.',
	},
};
