import type { SentenceSource } from './facts';

/**
 * Every reason and caution the finder can give, with the FACTS.md rows behind it. The words are
 * in `src/finder/languages/<lang>/messages.ts`; a sentence without a source fails a test.
 */
export const reasonSources = {
	// The seller
	'seller.firstStep': { facts: ['channel:seller'], claim: 'first' },
	'seller.beforeBuying': { facts: ['channel:seller', 'problems'] },
	'seller.agreed': { facts: ['channel:seller'], advice: true },
	'seller.keepProof': { facts: ['channel:seller'], advice: true },
	'seller.messageCenter': { facts: ['channel:seller'] },
	// The dispute
	'dispute.refundRequest': { facts: ['channel:dispute'] },
	'dispute.sellerSilent': { facts: ['channel:dispute', 'advice:seller-hard'] },
	'dispute.sellerRefused': { facts: ['channel:dispute'] },
	'dispute.teamTakesOver': { facts: ['channel:dispute'] },
	'dispute.afterOrderOnly': { facts: ['channel:dispute'] },
	'dispute.deadlineClose': {
		facts: ['time-limit:refund', 'time-limit:payment-hold'],
		claim: 'first',
	},
	// AliExpress's own support
	'liveChat.fast': { facts: ['channel:live-chat'] },
	'liveChat.sellerHard': { facts: ['channel:live-chat', 'advice:seller-hard'] },
	'liveChat.aliexpressProblem': { facts: ['problems'] },
	'liveChat.afterDeadline': {
		facts: ['time-limit:refund', 'time-limit:payment-hold'],
		advice: true,
	},
	'helpCenter.rightTeam': { facts: ['channel:help-center'] },
	'helpCenter.faq': { facts: ['channel:help-center'] },
	'helpCenter.sellerHard': { facts: ['advice:seller-hard'] },
	'socialMedia.reactive': { facts: ['channel:social-media'] },
	'email.detailed': { facts: ['channel:email'] },
	'phone.alibaba': { facts: ['channel:phone'] },
	'postalMail.trace': { facts: ['channel:postal-mail'] },
	// What the shopper asked for
	'priority.written': { facts: ['channel:postal-mail'], advice: true },
	'complaint.written': { facts: ['channel:postal-mail', 'channel:email'], advice: true },
} as const satisfies Record<string, SentenceSource>;

export const cautionSources = {
	'seller.oneMessage': { facts: ['channel:seller'] },
	'seller.noEscalationFirst': { facts: ['channel:seller'] },
	'seller.timeZone': { facts: ['channel:seller', 'advice:time-zones'] },
	'dispute.onePerOrder': { facts: ['channel:dispute'] },
	'dispute.detail': { facts: ['channel:dispute', 'advice:detail'] },
	'dispute.evidence': { facts: ['channel:dispute'], advice: true },
	'dispute.needsOrder': { facts: ['channel:dispute'] },
	'deadline.before': { facts: ['time-limit:refund', 'time-limit:payment-hold'] },
	'deadline.passed': { facts: ['time-limit:refund', 'time-limit:payment-hold'], advice: true },
	'liveChat.english': { facts: ['channel:live-chat', 'advice:english'] },
	'liveChat.robot': { facts: ['channel:live-chat'] },
	'helpCenter.minorProblems': { facts: ['channel:help-center', 'channel:seller'] },
	'socialMedia.private': { facts: ['channel:social-media'], advice: true },
	'email.english': { facts: ['channel:email', 'advice:english'] },
	'email.noAddressHere': { facts: ['channel:email'] },
	'phone.notHotline': { facts: ['channel:phone'] },
	'phone.international': { facts: ['channel:phone'], advice: true },
	'postalMail.slow': { facts: ['channel:postal-mail'] },
	'postalMail.keepCopy': { facts: ['channel:postal-mail'], advice: true },
	'bank.lastResort': { facts: ['advice:chargeback'], advice: true },
} as const satisfies Record<string, SentenceSource>;

export type ReasonId = keyof typeof reasonSources;
export type CautionId = keyof typeof cautionSources;
export const reasonIds = Object.keys(reasonSources) as ReasonId[];
export const cautionIds = Object.keys(cautionSources) as CautionId[];
