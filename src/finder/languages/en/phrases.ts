import type { ProblemPhrases } from '../phrase-types';

export const en: ProblemPhrases = {
	stopWords: ['a', 'an', 'the', 'my', 'i', 'me', 'is', 'it', 'was', 'has', 'have', 'had', 'to', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'this', 'that', 'with', 'yet', 'still', 'been', 'be', 'am', 'are', 'do', 'did', 'does', 'so', 'but', 'what', 'how', 'can', 'please', 'help', 'aliexpress', 'order', 'ordered', 'item', 'product', 'package', 'parcel', 'got', 'get', 'want', 'would', 'like', 'i m', 'im'],
	problems: {
		'question-before-buying': ['before ordering', 'which size', 'size', 'material', 'made of', 'dimensions', 'is it compatible', 'colour available'],
		'late-delivery': ['delay', 'taking too long', 'still waiting', 'slow delivery', 'shipping late', 'when will it arrive', 'tracking not updated'],
		'parcel-lost': ['lost in transit', 'not delivered', 'did not arrive', 'missing parcel', 'never came', 'lost'],
		'damaged-item': ['damaged', 'arrived broken', 'smashed', 'cracked', 'crushed', 'box damaged', 'scratched'],
		'wrong-item': ['wrong size', 'wrong color', 'different item', 'received something else', 'not as described'],
		'defective-item': ['defective', 'doesnt work', 'faulty', 'stopped working', 'dead on arrival', 'wont turn on', 'poor quality'],
		'return-unwanted': ['return', 'send back', 'not satisfied', 'dont like it', 'changed my mind', 'unwanted', 'does not fit'],
		'refund-not-received': ['where is my refund', 'refund not arrived', 'money not back', 'refund pending', 'refund missing'],
		'seller-unresponsive': ['seller not answering', 'seller does not reply', 'seller ignores me', 'seller not responding', 'seller silent'],
		'dispute-refused': ['seller rejected refund', 'lost dispute', 'seller declined', 'refused refund'],
		'payment-problem': ['double charged', 'payment failed', 'card declined', 'payment method', 'paid twice', 'overcharged', 'payment problem', 'charge card'],
		'account-blocked': ['account blocked', 'account suspended', 'cannot log in', 'cant login', 'account locked', 'account disabled', 'banned', 'login problem'],
		'formal-complaint': ['formal complaint', 'complain', 'official complaint', 'registered letter', 'legal action', 'consumer rights', 'written complaint'],
	},
};
