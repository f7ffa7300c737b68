import type { LetterMessages } from '../types';

export const frLetter: LetterMessages = {
	dateLine: 'Le {date}',
	subject: 'Objet : réclamation concernant la commande AliExpress n° {order}',
	subjectNoOrder: 'Objet : réclamation concernant une commande AliExpress',
	salutation: 'Madame, Monsieur,',
	intro:
		'Je m’adresse à Alibaba, maison mère d’AliExpress, au sujet d’une commande passée sur AliExpress.',
	writtenReply: 'Je vous remercie de bien vouloir me répondre par écrit.',
	closing: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
	ui: {
		heading: 'Une lettre à imprimer',
		intro:
			'Remplissez les champs : la lettre ci-dessous se rédige toute seule. Imprimez-la, signez-la et gardez-en une copie. Rien de ce que vous tapez ne quitte votre navigateur.',
		placeLabel: 'Destinataire',
		place: {
			paris: 'Alibaba France, Paris (en français)',
			hangzhou: 'Siège d’Alibaba, Hangzhou (en anglais)',
		},
		nameLabel: 'Vos nom et prénom',
		addressLabel: 'Votre adresse postale',
		problemLabel: 'De quoi s’agit-il ?',
		letterIn: 'La lettre',
		meaningLabel: 'Ce qu’elle dit',
		print: 'Imprimer la lettre',
		printHint: 'Seule la lettre s’imprime, sur une page A4.',
	},
};
