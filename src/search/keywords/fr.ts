/** Les mots que tapent les acheteurs francophones pour chaque page de problème (non affichés). */
import type { ProblemId } from '~/finder/types';

export const fr: Record<ProblemId, string> = {
	'question-before-buying':
		'question avant achat, avant de commander, avant d’acheter, demander au vendeur, taille, matière',
	'late-delivery':
		'retard, en retard, livraison en retard, colis en retard, où est mon colis, commande arrive pas, toujours pas arrivé, suivi, délai de livraison, commande, attente',
	'parcel-lost':
		'colis perdu, perdu, jamais reçu, pas reçu, jamais arrivé, arrive pas, colis disparu, livré mais rien reçu, suivi indique livré, colis, commande',
	'damaged-item':
		'endommagé, cassé, article cassé, abîmé, produit abîmé, détérioré, arrivé cassé, colis endommagé, brisé',
	'wrong-item':
		'mauvais article, mauvaise taille, mauvaise couleur, pas la bonne taille, erreur de couleur, erreur, pas ce que j’ai commandé, produit différent, mauvais produit',
	'defective-item':
		'défectueux, produit défectueux, fonctionne pas, marche pas, en panne, panne, défaut, produit',
	'return-unwanted':
		'retour, retourner, retourner un article, renvoyer, renvoyer le produit, changé d’avis, rétractation, plaît pas, pas satisfait, produit, article',
	'refund-not-received':
		'remboursement pas reçu, toujours pas remboursé, en attente, argent pas reçu, où est mon remboursement',
	'seller-unresponsive':
		'vendeur ne répond pas, répond pas, vendeur injoignable, pas de réponse, vendeur silencieux, aucune réponse',
	'dispute-refused':
		'litige refusé, litige rejeté, le vendeur a refusé mon litige, refus, réclamation refusée',
	'payment-problem':
		'paiement, paiement refusé, carte refusée, débité deux fois, double paiement, prélèvement, problème de paiement, carte bancaire',
	'account-blocked':
		'compte bloqué, compte suspendu, se connecter, connexion, arrive pas à me connecter, compte désactivé, banni',
	'formal-complaint':
		'plainte, porter plainte, réclamation, réclamation officielle, plainte officielle, déposer plainte, recours',
};
