/** Les mots que tapent les acheteurs francophones pour chaque page de problème (non affichés). */
import type { ProblemId } from '~/finder/types';

export const fr: Record<ProblemId, string> = {
	'question-before-buying':
		'question avant achat, avant de commander, avant d’acheter, demander au vendeur, taille, matière, renseignement, précision, infos, dimensions, mesures, pointure, guide des tailles, compatible, en stock, disponibilité, fiche produit, tissu',
	'late-delivery':
		'retard, en retard, livraison en retard, colis en retard, où est mon colis, commande arrive pas, toujours pas arrivé, suivi, délai de livraison, commande, attente, trop long, lent, ça traîne, pas de nouvelles, suivi bloqué, suivi ne bouge pas, en transit, en cours d’acheminement, pas encore expédié, date prévue dépassée, tracking, depuis des semaines',
	'parcel-lost':
		'colis perdu, perdu, jamais reçu, pas reçu, jamais arrivé, arrive pas, colis disparu, livré mais rien reçu, suivi indique livré, colis, commande, paquet perdu, colis volé, égaré, introuvable, non reçu, non livré, perte, marqué comme livré, boîte aux lettres vide, pas venu, jamais vu, volatilisé',
	'damaged-item':
		'endommagé, cassé, article cassé, abîmé, produit abîmé, détérioré, arrivé cassé, colis endommagé, brisé, pété, fêlé, fissuré, rayé, esquinté, écrasé, cabossé, tordu, déchiré, en morceaux, emballage abîmé, truc cassé',
	'wrong-item':
		'mauvais article, mauvaise taille, mauvaise couleur, pas la bonne taille, erreur de couleur, erreur, pas ce que j’ai commandé, produit différent, mauvais produit, pas conforme, non conforme, ne correspond pas, pas le bon, autre article, mauvais modèle, modèle différent, rien à voir, différent de la photo, pas comme sur la photo, contrefaçon, faux',
	'defective-item':
		'défectueux, produit défectueux, fonctionne pas, marche pas, en panne, panne, défaut, produit, hs, hors service, s’allume pas, ne s’allume plus, bug, beug, déconne, dysfonctionnement, défaut de fabrication, malfaçon, vice caché, truc qui marche pas',
	'return-unwanted':
		'retour, retourner, retourner un article, renvoyer, renvoyer le produit, changé d’avis, rétractation, plaît pas, pas satisfait, produit, article, renvoi, rendre, rendre un article, échanger, échange, convient pas, va pas, trop petit, trop grand, déçu, regrette, frais de retour',
	'refund-not-received':
		'remboursement pas reçu, toujours pas remboursé, en attente, argent pas reçu, où est mon remboursement, accepté, accepté mais rien reçu, validé, pas recrédité, recrédité, crédité, argent pas revenu, rien sur ma carte, relevé bancaire, en cours, jamais remboursé, virement',
	'seller-unresponsive':
		'vendeur ne répond pas, répond pas, vendeur injoignable, pas de réponse, vendeur silencieux, aucune réponse, m’ignore, ignore, ignoré, sans réponse, sans nouvelles, silence, muet, ghosté, relancer, relance, message lu, jamais répondu',
	'dispute-refused':
		'litige refusé, litige rejeté, le vendeur a refusé mon litige, refus, réclamation refusée, a dit non, vendeur dit non, demande refusée, rejet, pas d’accord, faire appel, escalader, équipe litiges, arbitrage, décision, chargeback, rétrofacturation',
	'payment-problem':
		'paiement, paiement refusé, carte refusée, débité deux fois, double paiement, prélèvement, problème de paiement, carte bancaire, payer, impossible de payer, paiement échoué, échec de paiement, transaction refusée, mode de paiement, prélevé deux fois, facturé deux fois, double débit, carte de crédit, carte de débit, cb',
	'account-blocked':
		'compte bloqué, compte suspendu, se connecter, connexion, arrive pas à me connecter, compte désactivé, banni, débloquer, déblocage, compte verrouillé, compte barré, compte fermé, mot de passe, mdp, identifiant, impossible de me connecter, compte piraté, réactiver, restreint',
	'formal-complaint':
		'plainte, porter plainte, réclamation, réclamation officielle, plainte officielle, déposer plainte, recours, par écrit, trace écrite, preuve écrite, lettre de réclamation, courrier de réclamation, mise en demeure, réclamer, se plaindre, mécontent, arnaque, arnaqué, escroquerie',
};

/** The printable letter's page, /fr/letter/. */
export const frLetter =
	'lettre type, modèle de lettre, lettre à imprimer, imprimer, courrier, lettre de réclamation, réclamation écrite, imprimable, modèle de courrier, courrier type, pdf, générateur de lettre, remplir, lettre officielle, signer';
