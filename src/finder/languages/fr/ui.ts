import type { FinderShell } from '../types';

/**
 * What the finder shows before any answer: the problems and the interface's labels. Apart from
 * the answer's sentences (messages.ts), so that the embed's first file carries only these.
 */
export const shell: FinderShell = {
	problems: {
		'question-before-buying': { label: 'Une question avant d’acheter' },
		'late-delivery': { label: 'Mon colis est en retard' },
		'parcel-lost': { label: 'Mon colis n’est jamais arrivé' },
		'damaged-item': { label: 'L’article est arrivé abîmé' },
		'wrong-item': { label: 'J’ai reçu le mauvais article' },
		'defective-item': { label: 'L’article est défectueux' },
		'return-unwanted': { label: 'Je veux renvoyer un article' },
		'refund-not-received': { label: 'Mon remboursement n’est pas arrivé' },
		'seller-unresponsive': { label: 'Le vendeur ne répond pas' },
		'dispute-refused': { label: 'Le vendeur a refusé mon litige' },
		'payment-problem': { label: 'Un problème de paiement' },
		'account-blocked': { label: 'Mon compte est bloqué' },
		'formal-complaint': { label: 'Je veux faire une réclamation écrite' },
	},
	ui: {
		picker: {
			title: 'Trouver le bon contact',
			describeLabel: 'Décrivez votre problème',
			describeHint: 'Quelques mots suffisent, par exemple « colis jamais arrivé ».',
			suggestionsLabel: 'C’est l’un de ces problèmes ?',
			noSuggestion:
				'Rien ne correspond pour l’instant : choisissez votre problème dans la liste ci-dessous.',
			pickLabel: 'Ou choisissez votre problème',
			startOver: 'Recommencer',
			loading: 'Chargement de la réponse…',
			openFinder: 'Trouver le bon contact',
		},
		entry: {
			heading: 'Quel est le problème ?',
			button: 'Voir qui contacter',
		},
		questions: {
			legend: 'Quelques questions facultatives, pour une réponse plus précise',
			deliveredOnLabel: 'Date de livraison',
			completedOnLabel: 'Date à laquelle la commande a été terminée',
			dateHint: 'Laissez vide si vous ne savez pas.',
			sellerLabel: 'Qu’a fait le vendeur ?',
			seller: {
				'not-contacted': 'Je n’ai pas contacté le vendeur',
				'no-reply': 'Le vendeur ne répond pas',
				refused: 'Le vendeur a refusé',
				agreed: 'Le vendeur est d’accord',
			},
			priorityLabel: 'Qu’est-ce qui compte le plus pour vous ?',
			priority: {
				none: 'Pas de préférence',
				fast: 'Une réponse rapide',
				'written-record': 'Une trace écrite',
			},
		},
		results: {
			heading: 'Qui contacter, dans cet ordre',
			announcement: '{count} moyens de contact pour « {problem} », le meilleur en premier.',
			rankLabel: 'Choix',
			whyLabel: 'Pourquoi',
			cautionLabel: 'Attention',
			howLabel: 'Comment y accéder',
			guideLink: 'Lire le guide',
			otherChannels: 'Les autres moyens de les joindre',
		},
		deadlines: {
			heading: 'Vos délais',
			none: 'Indiquez la date de livraison ou de fin de la commande pour voir vos délais.',
			guide: 'Comprendre les délais',
		},
		chinaTime: {
			heading: 'L’heure en Chine',
			day: 'En Chine, nous sommes {weekday}, il est {time} (UTC+8) : c’est la journée là-bas.',
			night:
				'En Chine, nous sommes {weekday}, il est {time} (UTC+8) : c’est la nuit là-bas, la réponse risque d’être plus lente.',
		},
		composer: {
			heading: 'Rédigez votre message',
			orderNumberLabel: 'Numéro de commande',
			orderNumberHint:
				'Vous le trouverez dans Mes commandes. Collez-le tel quel : nous gardons les chiffres.',
			orderNumberInvalid:
				'Un numéro de commande compte de {min} à {max} chiffres. Copiez-le depuis Mes commandes.',
			messageInEnglish: 'Votre message, en anglais',
			messageMeaning: 'Ce qu’il dit',
			copy: 'Copier le message',
			copied: 'Copié. Collez-le dans votre message au vendeur ou au service client.',
			copyFailed: 'La copie n’a pas marché : sélectionnez le message et copiez-le à la main.',
			privacyNote: 'Rien de ce que vous tapez ne quitte votre navigateur.',
		},
	},
};
