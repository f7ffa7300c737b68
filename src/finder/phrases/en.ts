import type { ProblemPhrases } from './types';

export const en: ProblemPhrases = {
	stopWords: ['a', 'an', 'the', 'my', 'i', 'me', 'is', 'it', 'was', 'has', 'have', 'had', 'to', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'this', 'that', 'with', 'yet', 'still', 'been', 'be', 'am', 'are', 'do', 'did', 'does', 'so', 'but', 'what', 'how', 'can', 'please', 'help', 'aliexpress', 'order', 'ordered', 'item', 'product', 'package', 'parcel', 'got', 'get', 'want', 'would', 'like', 'i m', 'im'],
	problems: {
		'question-before-buying': ['question before buying', 'before ordering', 'what size', 'which size', 'size', 'material', 'made of', 'dimensions', 'ask seller before buy', 'is it compatible', 'colour available'],
		'late-delivery': ['late', 'delayed', 'delay', 'not arrived yet', 'taking too long', 'still waiting', 'slow delivery', 'shipping late', 'when will it arrive', 'tracking not updated'],
		'parcel-lost': ['never arrived', 'never received', 'lost parcel', 'lost in transit', 'not delivered', 'did not arrive', 'missing parcel', 'never came', 'says delivered but not received', 'lost'],
		'damaged-item': ['damaged', 'broken', 'arrived broken', 'smashed', 'cracked', 'crushed', 'box damaged', 'scratched'],
		'wrong-item': ['wrong item', 'wrong size', 'wrong colour', 'wrong color', 'not what i ordered', 'different item', 'received something else', 'wrong product', 'not as described'],
		'defective-item': ['defective', 'does not work', 'doesnt work', 'not working', 'faulty', 'stopped working', 'dead on arrival', 'wont turn on', 'poor quality'],
		'return-unwanted': ['return', 'send back', 'want to return', 'not satisfied', 'dont like it', 'changed my mind', 'unwanted', 'does not fit'],
		'refund-not-received': ['refund not received', 'no refund', 'where is my refund', 'refund not arrived', 'money not back', 'refund pending', 'still no refund', 'refund missing'],
		'seller-unresponsive': ['seller not answering', 'seller does not reply', 'seller no reply', 'seller ignores me', 'seller not responding', 'no answer from seller', 'seller silent'],
		'dispute-refused': ['dispute refused', 'dispute rejected', 'seller refused', 'seller rejected refund', 'dispute closed', 'lost dispute', 'seller declined', 'refused refund'],
		'payment-problem': ['charged twice', 'double charged', 'payment failed', 'payment declined', 'card declined', 'payment method', 'paid twice', 'overcharged', 'payment problem', 'charge card'],
		'account-blocked': ['account blocked', 'account suspended', 'cannot log in', 'cant login', 'account locked', 'account disabled', 'banned', 'login problem', 'account closed'],
		'formal-complaint': ['formal complaint', 'complaint', 'complain', 'official complaint', 'registered letter', 'legal action', 'consumer rights', 'written complaint'],
	},
};
