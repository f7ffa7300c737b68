import { shell } from './ui';
import { frComposer } from './composer';
import type { FinderMessages, ProblemHints } from '../types';

export const fr: FinderMessages = {
	lang: 'fr',
	...shell,
	channels: {
		seller: {
			name: 'Écrire au vendeur',
			where: 'Dans les messages de la commande ; avant l’achat, depuis la page de l’article.',
		},
		dispute: {
			name: 'Ouvrir un litige',
			where: 'Sur la commande elle-même, dans la liste de vos commandes.',
		},
		'live-chat': {
			name: 'Chat en direct d’AliExpress',
			where: 'Depuis la page d’accueil d’AliExpress.',
		},
		'help-center': {
			name: 'Centre d’aide et FAQ',
			where: 'Sur le site d’AliExpress : la FAQ et la page de contact du service client.',
		},
		'social-media': {
			name: 'Réseaux sociaux',
			where: 'Facebook (un compte en français), WhatsApp, ou un message privé sur X (Twitter).',
		},
		email: {
			name: 'E-mail au service client',
			where: 'Les adresses à jour sont indiquées sur le site d’AliExpress lui-même.',
		},
		phone: { name: 'Appeler Alibaba', where: 'Le standard d’Alibaba Group à Hangzhou, en Chine.' },
		'postal-mail': {
			name: 'Envoyer un courrier',
			where: 'À Alibaba France, à Paris, ou au siège d’Alibaba, à Hangzhou.',
		},
	},
	existingDispute: {
		name: 'Votre litige, repris par l’équipe litiges d’AliExpress',
		where: 'Sur la commande, dans Mes commandes : votre litige s’y trouve.',
	},
	reasons: {
		'seller.firstStep':
			'Le vendeur est le meilleur premier contact pour la plupart des problèmes et pour tout remboursement.',
		'seller.beforeBuying':
			'Avant d’acheter, posez votre question au vendeur depuis la page de l’article : une fenêtre s’ouvre pour l’écrire (taille, matière…).',
		'seller.agreed':
			'Le vendeur a accepté : réglez les détails dans le Centre de messagerie et gardez sa réponse.',
		'seller.keepProof':
			'Gardez vos messages au vendeur : ils montrent que vous l’avez contacté en premier.',
		'seller.messageCenter':
			'Tous vos échanges avec le vendeur sont conservés dans le Centre de messagerie.',
		'dispute.refundRequest':
			'Le litige, c’est la demande de remboursement sur votre commande. Le vendeur l’examine et décide ; s’il refuse, l’équipe litiges d’AliExpress prend le relais et tranche.',
		'dispute.sellerSilent':
			'Le vendeur ne répond pas : faites votre demande de remboursement sur la commande elle-même. S’il la refuse, l’équipe litiges d’AliExpress prend le relais et tranche.',
		'dispute.sellerRefused':
			'Le vendeur a dit non. Dans un litige, quand le vendeur refuse, l’équipe litiges d’AliExpress prend le relais et tranche.',
		'dispute.teamTakesOver':
			'Le vendeur a refusé votre litige : l’équipe litiges d’AliExpress le reprend et tranche.',
		'dispute.afterOrderOnly': 'Un litige s’ouvre sur une commande : il faut donc avoir acheté.',
		'dispute.deadlineClose':
			'Le temps presse : {clock} se termine le {date}. Ouvrez le litige avant.',
		'liveChat.fast': 'Les réponses arrivent très vite et le chat est simple à utiliser.',
		'liveChat.sellerHard': 'Conseillé quand le dialogue avec le vendeur est difficile.',
		'liveChat.aliexpressProblem':
			'Les problèmes de paiement et de compte, comme un compte bloqué, font partie des raisons de contacter AliExpress directement.',
		'liveChat.afterDeadline':
			'Vos délais sont dépassés : vous pouvez tout de même interroger le service client d’AliExpress sur votre cas.',
		'helpCenter.rightTeam':
			'Sa page de contact trie votre message par thème, pour qu’il arrive chez quelqu’un qui connaît votre type de problème.',
		'helpCenter.faq': 'La FAQ est le premier réflexe, bien pour les petits problèmes.',
		'helpCenter.sellerHard':
			'Si le vendeur est difficile à joindre, essayez d’abord le service d’aide en ligne, puis le chat.',
		'socialMedia.reactive':
			'Souvent plus réactifs que les autres canaux, car les entreprises craignent le bad buzz. Sur X (Twitter), la réponse arrive en général dans la journée.',
		'email.detailed':
			'Écrivez en anglais, avec un maximum de détails, dont votre numéro de commande : c’est ainsi qu’on obtient une réponse rapide par e-mail.',
		'phone.alibaba':
			'C’est le numéro d’Alibaba : pas le canal le plus adapté pour une réponse rapide.',
		'postalMail.trace':
			'Une lettre à Alibaba, la maison mère d’AliExpress, laisse une trace écrite concrète.',
		'priority.written':
			'Vous voulez une trace écrite : gardez une copie de tout ce que vous envoyez.',
		'complaint.written':
			'Une réclamation écrite laisse une trace : gardez une copie de ce que vous envoyez.',
	},
	cautions: {
		'seller.oneMessage':
			'Envoyez un seul message, court et détaillé, puis attendez la réponse : relancer avant peut vous faire passer pour un spammeur ou un compte suspect.',
		'seller.noEscalationFirst':
			'Ne faites pas appel à AliExpress avant la réponse du vendeur : vous risquez un avertissement, voire la suspension de votre compte.',
		'seller.timeZone':
			'Le vendeur vit sans doute dans un autre fuseau horaire : écrivez-lui à ses heures de travail.',
		'dispute.onePerOrder': 'Un seul litige par commande : donnez tous les détails dès le départ.',
		'dispute.detail':
			'Donnez un maximum de détails : plus la demande est précise, plus le remboursement arrive vite.',
		'dispute.evidence':
			'Gardez vos preuves jusqu’à la clôture du litige : photos de l’article et du colis, vidéo du déballage, captures du suivi et de vos échanges avec le vendeur.',
		'dispute.needsOrder': 'Pas de litige avant l’achat : il n’y a pas encore de commande.',
		'deadline.before': '{clock} se termine le {date} : agissez avant.',
		'deadline.passed':
			'{clock} a pris fin le {date} : un litige n’est peut-être plus possible, demandez au service client d’AliExpress.',
		'liveChat.english': 'Écrivez en anglais.',
		'liveChat.robot': 'Les premières réponses viennent d’un robot aux réponses toutes faites.',
		'helpCenter.minorProblems':
			'La FAQ convient aux petits problèmes ; pour un remboursement, commencez par le vendeur.',
		'socialMedia.private':
			'Passez par un message privé et ne publiez jamais les détails de votre commande.',
		'email.english': 'Écrivez en anglais, avec tous les détails et votre numéro de commande.',
		'email.noAddressHere':
			'Nous ne donnons pas d’adresse : prenez celle qui figure sur le site d’AliExpress.',
		'phone.notHotline':
			'AliExpress n’a pas de hotline : c’est le numéro d’Alibaba Group, en Chine.',
		'phone.international':
			'C’est un appel international vers la Chine (UTC+8) : vérifiez d’abord l’heure là-bas.',
		'postalMail.slow': 'Les réponses par courrier sont lentes.',
		'postalMail.keepCopy':
			'Gardez une copie de votre lettre. En France, une lettre recommandée avec accusé de réception prouve l’envoi.',
		'bank.lastResort':
			'Si l’équipe litiges refuse aussi, votre banque ou votre service de paiement peut peut-être annuler le paiement ou ouvrir sa propre contestation : contactez-les vite, ils ont leurs propres délais.',
	},
	clockNames: {
		refund: 'le délai de remboursement de {n} jours après la finalisation de la commande',
		'payment-hold': 'la retenue du paiement de {n} jours après la livraison',
	},
	undeliveredNote:
		'Votre colis n’est jamais arrivé, donc il n’y a pas de date de livraison : nos sources ne disent pas quand la retenue du paiement commence dans ce cas. N’attendez pas : agissez dès maintenant.',
	deadlines: {
		refund: {
			open: 'Délai de remboursement ({limit} après la finalisation de la commande) : encore {days}, jusqu’au {date}.',
			lastDay:
				'Délai de remboursement ({limit} après la finalisation de la commande) : c’est le dernier jour, le {date}.',
			passed:
				'Délai de remboursement ({limit} après la finalisation de la commande) : terminé le {date}, il y a {days}.',
			action: 'Demandez votre remboursement au vendeur, ou ouvrez le litige, avant la fin.',
		},
		'payment-hold': {
			open: 'Retenue du paiement ({limit} après la livraison) : encore {days}, jusqu’au {date}.',
			lastDay:
				'Retenue du paiement ({limit} après la livraison) : c’est le dernier jour, le {date}.',
			passed:
				'Retenue du paiement ({limit} après la livraison) : terminée le {date}, il y a {days}.',
			action:
				'Si l’article n’est pas arrivé ou ne correspond pas à votre commande, lancez une démarche avant la fin.',
		},
	},
	dayCount: { one: '{n} jour', other: '{n} jours' },
	dateProblems: {
		invalid: '{field} : « {value} » n’est pas une date lisible : nous l’avons laissée de côté.',
		future: '{field} est dans le futur ({value}) : nous l’avons laissée de côté.',
		early: '{field} est le {value}, avant {year} : vérifiez-la.',
		beforeDelivery:
			'La date de fin de la commande ({value}) précède la date de livraison : vérifiez les deux.',
		fields: {
			today: 'La date du jour',
			deliveredOn: 'La date de livraison',
			completedOn: 'La date de fin de la commande',
		},
	},
	composer: frComposer,
	composerUi: {
		recipientLabel: 'À qui écrivez-vous ?',
		recipient: {
			seller: 'Au vendeur (Centre de messagerie)',
			aliexpress: 'À AliExpress (chat ou e-mail)',
			'dispute-team': 'À l’équipe litiges d’AliExpress',
		},
		outcomeLabel: 'Que demandez-vous ?',
		outcome: {
			answer: 'Une réponse à ma question',
			'tracking-update': 'Des nouvelles du colis',
			reship: 'Un nouvel envoi',
			'full-refund': 'Un remboursement complet',
			'return-full-refund': 'Le renvoyer contre un remboursement complet',
			'keep-partial-refund': 'Le garder contre un remboursement partiel',
			'return-how': 'Savoir si et comment je peux le renvoyer',
			'refund-status': 'Mon remboursement',
			'payment-check': 'La vérification du paiement',
			unlock: 'Le déblocage de mon compte',
			'team-decides': 'Une décision sur mon litige',
			'seller-answer': 'Une réponse du vendeur',
			'written-answer': 'Une réponse écrite',
		},
		questionLabel: 'Votre question',
		detailsLabel: 'Qu’est-ce qui ne va pas, exactement ? (facultatif)',
		detailsHint: 'Une ou deux phrases courtes, en anglais si vous pouvez.',
		contactedOnLabel: 'Date de votre message au vendeur (facultatif)',
		evidenceLabel: 'Indiquer que je joins des photos ou des captures',
		nameLabel: 'Votre nom (facultatif)',
		letterLink: 'Rédiger une lettre à imprimer',
	},
};

/** One line under each problem in the site's list, and its pages' description. */
export const frHints: ProblemHints = {
	'question-before-buying': 'Taille, matière, livraison : posez la question avant de commander.',
	'late-delivery': 'La commande met plus de temps que prévu.',
	'parcel-lost': 'Il semble perdu, ou je ne l’ai jamais reçu.',
	'damaged-item': 'Cassé ou endommagé pendant le transport.',
	'wrong-item': 'Ce n’est pas ce que j’ai commandé.',
	'defective-item': 'Il ne fonctionne pas comme il le devrait.',
	'return-unwanted': 'Il ne me convient pas.',
	'refund-not-received': 'Le remboursement est accepté, mais l’argent n’est pas revenu.',
	'seller-unresponsive': 'Mon message est resté sans réponse.',
	'dispute-refused': 'J’ai ouvert un litige et le vendeur a dit non.',
	'payment-problem': 'Moyen de paiement, débité deux fois, paiement refusé.',
	'account-blocked': 'Je ne peux plus me connecter, ou mon compte a été suspendu.',
	'formal-complaint': 'Par écrit, avec une trace que je peux garder.',
};
