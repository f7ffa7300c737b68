import type { ProblemPhrases } from '../phrase-types';

export const fr: ProblemPhrases = {
	stopWords: ['le', 'la', 'les', 'l', 'un', 'une', 'de', 'du', 'des', 'd', 'mon', 'ma', 'mes', 'je', 'j', 'me', 'm', 'moi', 'on', 'il', 'elle', 'ils', 'elles', 'ce', 'c', 'ca', 'cet', 'cette', 'ces', 'tu', 't', 'te', 'vous', 'votre', 'vos', 'nous', 'notre', 'son', 'sa', 'ses', 'leur', 'lui', 'se', 's', 'y', 'en', 'au', 'aux', 'a', 'ai', 'as', 'avons', 'avez', 'ont', 'est', 'suis', 'es', 'sont', 'etait', 'ete', 'etre', 'avoir', 'avait', 'fait', 'faire', 'veux', 'veut', 'voudrais', 'souhaite', 'aimerais', 'vais', 'va', 'et', 'ou', 'pour', 'sur', 'dans', 'avec', 'par', 'que', 'qu', 'qui', 'quoi', 'comment', 'pourquoi', 'mais', 'donc', 'car', 'alors', 'tres', 'bien', 'deja', 'svp', 'stp', 'merci', 'bonjour', 'aide', 'aidez', 'aliexpress', 'ali', 'commande', 'commandes', 'article', 'articles', 'produit', 'produits', 'objet'],
	problems: {
		'question-before-buying': ['avant d acheter', 'avant de commander', 'guide des tailles', 'quelle matiere', 'dimensions', 'est ce compatible', 'couleur disponible', 'poser une question au vendeur'],
		'late-delivery': ['retard de livraison', 'pas encore recu', 'j attends toujours', 'ca fait des semaines que j attends', 'ca prend trop de temps', 'suivi bloque', 'quand vais je le recevoir', 'delai depasse'],
		'parcel-lost': ['jamais arrive', 'colis perdu', 'colis disparu', 'jamais livre', 'colis introuvable', 'rien recu', 'colis vole'],
		'damaged-item': ['arrive abime', 'endommage', 'fissure', 'rayures', 'colis abime', 'carton ecrase', 'brise', 'en morceaux', 'ecran casse'],
		'wrong-item': ['mauvais produit', 'pas le bon article', 'pas la bonne couleur', 'recu autre chose', 'article different', 'ne correspond pas', 'pas conforme', 'erreur du vendeur'],
		'defective-item': ['marche pas', 'fonctionne pas', 'defectueux', 'tombe en panne', 'ne s allume pas', 'ne charge pas', 'arrete de marcher', 'hs', 'qualite nulle'],
		'return-unwanted': ['renvoyer', 'retour', 'ne me plait pas', 'pas satisfait', 'j ai change d avis', 'finalement j en veux plus', 'trop petit', 'trop grand'],
		'refund-not-received': ['remboursement pas arrive', 'toujours pas rembourse', 'jamais rembourse', 'remboursement en attente', 'argent pas revenu', 'j attends mon remboursement', 'remboursement accepte mais rien recu'],
		'seller-unresponsive': ['pas de reponse du vendeur', 'vendeur injoignable', 'vendeur ne donne pas de nouvelles', 'le vendeur m ignore', 'vendeur silencieux', 'vendeur absent', 'il repond pas'],
		'dispute-refused': ['litige rejete', 'remboursement refuse', 'litige perdu', 'litige clos', 'le vendeur dit non', 'contestation refusee'],
		'payment-problem': ['paye deux fois', 'double prelevement', 'paiement refuse', 'paiement echoue', 'carte refusee', 'moyen de paiement', 'paypal'],
		'account-blocked': ['compte bloque', 'compte suspendu', 'compte desactive', 'compte verrouille', 'compte pirate', 'impossible de me connecter', 'je peux plus me connecter', 'connexion impossible', 'mot de passe oublie', 'banni'],
		'formal-complaint': ['porter plainte', 'reclamation officielle', 'deposer une reclamation', 'lettre recommandee', 'recommande avec accuse de reception', 'association de consommateurs', 'avocat', 'action en justice', 'me plaindre'],
	},
};
