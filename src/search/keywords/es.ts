/** Las palabras que escriben los compradores hispanohablantes para cada página de problema (no se muestran). */
import type { ProblemId } from '~/finder/types';

export const es: Record<ProblemId, string> = {
	'question-before-buying':
		'pregunta antes de comprar, preguntar al vendedor antes de comprar, antes de comprar, talla, material, consulta',
	'late-delivery':
		'retraso, retrasado, pedido retrasado, tarda mucho, envío tarda, dónde está mi pedido, no llega, todavía no llega, seguimiento, pedido, espera',
	'parcel-lost':
		'paquete perdido, perdido, nunca llegó, no llegó, no me llegó, no recibido, dice entregado pero no lo tengo, paquete, pedido',
	'damaged-item': 'dañado, roto, producto roto, llegó roto, llegó dañado, estropeado, golpeado',
	'wrong-item':
		'artículo equivocado, producto equivocado, talla incorrecta, color equivocado, talla equivocada, no es lo que pedí, error',
	'defective-item':
		'defectuoso, producto defectuoso, no funciona, no enciende, averiado, falla, mala calidad',
	'return-unwanted':
		'devolver, devolución, devolver un artículo, devolver un producto, me arrepentí de la compra, arrepentido, no me gusta, cambio',
	'refund-not-received':
		'reembolso no recibido, no me han devuelto el dinero, no me devolvieron el dinero, pendiente, dónde está mi reembolso',
	'seller-unresponsive':
		'vendedor no responde, el vendedor no contesta, sin respuesta, no contesta, vendedor desaparecido',
	'dispute-refused':
		'disputa rechazada, rechazó, el vendedor rechazó mi disputa, disputa denegada, rechazada',
	'payment-problem':
		'pago, pago rechazado, tarjeta rechazada, me cobraron dos veces, cobro doble, problema con el pago, cobro, tarjeta',
	'account-blocked':
		'cuenta bloqueada, cuenta suspendida, no puedo entrar, entrar a mi cuenta, iniciar sesión, acceso, cuenta desactivada',
	'formal-complaint':
		'queja formal, queja, reclamación, poner una reclamación, hoja de reclamaciones, denuncia, reclamación oficial',
};
