/**
 * Per language: the words a query loses (questions, fillers, negations: on nearly every page,
 * so they only ever exclude pages) and the spellings mapped to the pages' own (typos seen in
 * shoppers' queries, words typed without their accents, SMS forms). Written by speakers of each
 * language; tests/fixtures/search-queries/ holds the queries they serve.
 */
import type { Lang } from '~/i18n/locales';

export interface QueryWords {
	drop: Set<string>;
	fix: Record<string, string>;
}

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const queryWords: Record<Lang, QueryWords> = {
	en: {
		drop: words(`
			a an the my me i im i'm is are was were be been am do does did done have has had having
			to of for in on at by with from into about it its this that these those and or but so
			how what when why who whom which can could should would will shall may might must
			you your we our us they them their he she his her please not no still yet just get got
			getting any some there here very much many than then if as up out
			don doesn didn isn won wont can cant couldn t s ve ll d re aliexpress
		`),
		fix: {
			recieved: 'received',
			recieve: 'receive',
			recived: 'received',
			reciept: 'receipt',
			pkg: 'package',
			pckg: 'package',
			parcle: 'parcel',
			pacakge: 'package',
			refnd: 'refund',
			refound: 'refund',
			refunded: 'refund',
			dispite: 'dispute',
			disput: 'dispute',
			adress: 'address',
			addres: 'address',
			colour: 'color',
			'e-mail': 'email',
			phonenumber: 'phone',
			fone: 'phone',
			ph: 'phone',
		},
	},
	fr: {
		drop: words(`
			le la les l un une des du de d à a au aux mon ma mes ton ta tes son sa ses notre votre vos
			je j jai me m moi tu te t il elle on nous vous ils elles est es suis sont ai as avons avez
			ont être etre été ete avoir pour par avec dans en sur ce cet cette ces c cest qui que qu
			quoi ou comment combien quand pourquoi quel quelle quels quelles et mais pas ne n plus
			toujours encore y se s faire fait fais puis peut peux dois doit svp stp sil plait
			quelqu ya aliexpress
		`),
		fix: {
			ou: 'où',
			recu: 'reçu',
			recue: 'reçue',
			rembourssement: 'remboursement',
			remboursemnt: 'remboursement',
			rembourse: 'remboursé',
			remboursee: 'remboursée',
			rembourssé: 'remboursé',
			telephone: 'téléphone',
			tel: 'téléphone',
			tél: 'téléphone',
			numero: 'numéro',
			probleme: 'problème',
			pb: 'problème',
			prob: 'problème',
			livre: 'livré',
			livree: 'livrée',
			endommage: 'endommagé',
			abime: 'abîmé',
			abimé: 'abîmé',
			abimee: 'abîmé',
			casse: 'cassé',
			defectueux: 'défectueux',
			defectueuse: 'défectueuse',
			refuse: 'refusé',
			refusee: 'refusée',
			bloque: 'bloqué',
			bloquee: 'bloqué',
			reponse: 'réponse',
			repond: 'répond',
			repondre: 'répondre',
			delai: 'délai',
			delais: 'délais',
			debite: 'débité',
			débitée: 'débité',
			recommandee: 'recommandée',
			recommande: 'recommandé',
			reclamation: 'réclamation',
			reseaux: 'réseaux',
			reseau: 'réseau',
			tchat: 'chat',
			tchatter: 'chat',
			mail: 'email',
			'e-mail': 'email',
			mel: 'email',
			courriel: 'email',
			narrive: 'arrive',
			colsi: 'colis',
			comande: 'commande',
			commende: 'commande',
			litig: 'litige',
			vendeure: 'vendeur',
			vendeu: 'vendeur',
		},
	},
	es: {
		drop: words(`
			el la los las lo un una unos unas mi mis tu tus su sus me te se le les nos de del a al en
			con por para sin que qué q k como cómo cuando cuándo cuanto cuánto cuántos
			cuantos cuántas cuantas quien quién quienes cual cuál y o pero no ni ya es son está esta
			están estoy fue ser tengo tiene tienen hay hago hacer puedo puede debo yo muy mucho si sí
			porfa favor xq porque aún aun todavía todavia aliexpress
		`),
		fix: {
			donde: 'dónde',
			reembolzo: 'reembolso',
			rembolso: 'reembolso',
			reenbolso: 'reembolso',
			reembolzar: 'reembolsar',
			telefono: 'teléfono',
			numero: 'número',
			atencion: 'atención',
			electronico: 'electrónico',
			llego: 'llegó',
			danado: 'dañado',
			rechazo: 'rechazó',
			devolucion: 'devolución',
			articulo: 'artículo',
			direccion: 'dirección',
			reclamacion: 'reclamación',
			arrepenti: 'arrepentí',
			envio: 'envío',
			dispusta: 'disputa',
			vendedro: 'vendedor',
			mail: 'email',
			'e-mail': 'email',
			pqt: 'paquete',
			paqete: 'paquete',
			pedio: 'pedido',
			bloqueda: 'bloqueada',
		},
	},
};
