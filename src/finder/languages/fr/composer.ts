import type { ComposerMessages } from '../types';

/** What the English message means, sentence for sentence, for a French-speaking shopper. */
export const frComposer: ComposerMessages = {
	lang: 'fr',
	greeting: {
		seller: 'Bonjour,',
		aliexpress: 'Bonjour, service client AliExpress,',
		'dispute-team': 'Bonjour, équipe litiges d’AliExpress,',
	},
	problem: {
		'question-before-buying':
			'J’aimerais poser une question sur cet article avant de le commander.',
		'late-delivery': 'Ma commande n’est toujours pas arrivée, elle est en retard.',
		'parcel-lost': 'Mon colis n’est pas arrivé et semble perdu.',
		'damaged-item': 'L’article est arrivé abîmé.',
		'wrong-item': 'J’ai reçu un article qui n’est pas celui que j’ai commandé.',
		'defective-item': 'L’article ne fonctionne pas comme il devrait.',
		'return-unwanted': 'L’article reçu ne me convient pas.',
		'refund-not-received': 'Je n’ai pas reçu le remboursement de cette commande.',
		'seller-unresponsive': 'J’ai un problème avec cette commande et le vendeur ne répond pas.',
		'dispute-refused': 'Le vendeur a refusé mon litige sur cette commande.',
		'payment-problem': 'J’ai un problème avec le paiement d’une commande.',
		'account-blocked': 'Mon compte AliExpress est bloqué.',
		'formal-complaint':
			'Je vous écris pour déposer une réclamation officielle au sujet de cette commande.',
	},
	question: 'Ma question : {question}',
	orderNumber: 'Numéro de commande : {order}.',
	placeholders: { order: '[numéro de commande]', question: '[votre question]' },
	deliveredOn: 'Il a été livré le {date}.',
	completedOn: 'La commande a été finalisée le {date}.',
	seller: {
		noReply: {
			you: 'Je vous ai déjà écrit, sans réponse.',
			other: 'J’ai écrit au vendeur, sans réponse.',
		},
		noReplyOn: {
			you: 'Je vous ai écrit le {date}, sans réponse.',
			other: 'J’ai écrit au vendeur le {date}, sans réponse.',
		},
		refused: { you: 'Vous avez refusé ma demande.', other: 'Le vendeur a refusé ma demande.' },
		agreed: {
			you: 'Merci d’avoir accepté de régler ce problème.',
			other: 'Le vendeur a accepté de régler ce problème, mais rien n’a été fait.',
		},
	},
	details: 'Détails : {details}',
	evidence: {
		'late-delivery': 'Je joins une capture d’écran du suivi.',
		'parcel-lost': 'Je joins une capture d’écran du suivi.',
		'damaged-item': 'Je joins des photos des dégâts et du colis.',
		'wrong-item': 'Je joins des photos de ce que j’ai reçu et de l’étiquette du colis.',
		'defective-item': 'Je joins une photo ou une vidéo qui montre le défaut.',
		'refund-not-received': 'Je joins une capture d’écran de la confirmation du remboursement.',
		'seller-unresponsive': 'Je joins des captures d’écran de mes messages au vendeur.',
		'dispute-refused': 'Je joins des photos et des captures de mes échanges avec le vendeur.',
		'payment-problem': 'Je joins une capture d’écran du paiement.',
		'formal-complaint': 'Je joins une copie de mes messages et de la commande.',
	},
	outcome: {
		answer: 'Pourriez-vous me répondre avant que je commande ?',
		'tracking-update': 'Merci de me dire où est le colis et quand il arrivera.',
		reship: 'Merci de m’envoyer l’article à nouveau.',
		'full-refund': 'Je souhaite un remboursement complet.',
		'return-full-refund': 'Je souhaite renvoyer l’article contre un remboursement complet.',
		'keep-partial-refund': 'Je souhaite garder l’article et recevoir un remboursement partiel.',
		'return-how': 'Puis-je le renvoyer et, si oui, comment ?',
		'refund-status':
			'Pourriez-vous vérifier que le remboursement est parti et me dire quand je le recevrai ?',
		'payment-check':
			'Merci de vérifier ce paiement et de rembourser toute somme prélevée par erreur.',
		unlock: 'Merci de débloquer mon compte, ou de me dire comment le récupérer.',
		'team-decides': 'Merci d’examiner le dossier et de trancher mon litige.',
		'seller-answer': 'Pourriez-vous m’aider à obtenir une réponse du vendeur ?',
		'written-answer': 'Je souhaite une réponse écrite à cette réclamation.',
	},
	thanks: 'Merci d’avance.',
	signature: 'Cordialement,',
};
