/** Las palabras que escriben los compradores hispanohablantes para cada página de problema (no se muestran). */
import type { ProblemId } from '~/finder/types';

export const es: Record<ProblemId, string> = {
	'question-before-buying':
		'pregunta antes de comprar, preguntar al vendedor antes de comprar, antes de comprar, talla, material, consulta, medidas, tamaño, dimensiones, guía de tallas, numeración, compatible, es original, stock, disponibilidad, especificaciones, características, antes de pedir',
	'late-delivery':
		'retraso, retrasado, pedido retrasado, tarda mucho, envío tarda, dónde está mi pedido, no llega, todavía no llega, seguimiento, pedido, espera, demora, demorado, atraso, atrasado, tardanza, lento, en camino, en tránsito, tracking, rastreo, fecha estimada, sin movimiento',
	'parcel-lost':
		'paquete perdido, perdido, nunca llegó, no llegó, no me llegó, no recibido, dice entregado pero no lo tengo, paquete, pedido, extraviado, extravío, se perdió, desaparecido, nunca recibí, figura como entregado, aparece como entregado, robado, encomienda perdida, buzón, no apareció',
	'damaged-item':
		'dañado, roto, producto roto, llegó roto, llegó dañado, estropeado, golpeado, quebrado, partido, rajado, aplastado, abollado, destrozado, caja rota, embalaje dañado, mal embalado, cristal roto, vidrio roto, pantalla rota',
	'wrong-item':
		'artículo equivocado, producto equivocado, talla incorrecta, color equivocado, talla equivocada, no es lo que pedí, error, otro producto, me mandaron otra cosa, producto diferente, distinto a la foto, no coincide, modelo equivocado, cantidad incorrecta, incompleto, faltan piezas, falso, falsificado, trucho',
	'defective-item':
		'defectuoso, producto defectuoso, no funciona, no enciende, averiado, falla, mala calidad, no sirve, no anda, no prende, no jala, dejó de funcionar, se descompuso, descompuesto, fallado, malogrado, defecto de fábrica, fallo, garantía',
	'return-unwanted':
		'devolver, devolución, devolver un artículo, devolver un producto, me arrepentí de la compra, arrepentido, no me gusta, cambio, regresar, regresar un producto, mandar de vuelta, ya no lo quiero, no lo necesito, no me convence, no me queda, no me quedó bien, desistimiento, derecho de retracto, arrepentimiento, cambiar de opinión',
	'refund-not-received':
		'reembolso no recibido, no me han devuelto el dinero, no me devolvieron el dinero, pendiente, dónde está mi reembolso, reembolso aprobado, reembolso aceptado, reembolsado, no me reembolsaron, no me devolvieron la plata, estado del reembolso, reembolso en proceso, me deben dinero',
	'seller-unresponsive':
		'vendedor no responde, el vendedor no contesta, sin respuesta, no contesta, vendedor desaparecido, me ignora, ignorado, no me hace caso, ni caso, no me pela, me dejó en visto, no da señales, tienda cerrada, tienda desaparecida, no contestan, silencio',
	'dispute-refused':
		'disputa rechazada, rechazó, el vendedor rechazó mi disputa, disputa denegada, rechazada, rechazaron, denegaron, negaron, se negó, no aceptó, dijo que no, reclamo rechazado, apelar, apelación, escalar, equipo de disputas, mediación',
	'payment-problem':
		'pago, pago rechazado, tarjeta rechazada, me cobraron dos veces, cobro doble, problema con el pago, cobro, tarjeta, doble cargo, cargo duplicado, cobro duplicado, me cobraron de más, cargo no reconocido, pago fallido, no pasa la tarjeta, tarjeta declinada, no puedo pagar, pagué, método de pago, transacción',
	'account-blocked':
		'cuenta bloqueada, cuenta suspendida, no puedo entrar, entrar a mi cuenta, iniciar sesión, acceso, cuenta desactivada, me bloquearon, bloqueado, desbloquear, suspendieron, baneado, inhabilitada, contraseña, login, loguearme, acceder, cuenta cerrada, cuenta restringida',
	'formal-complaint':
		'queja formal, queja, reclamación, poner una reclamación, hoja de reclamaciones, denuncia, reclamación oficial, reclamo formal, por escrito, queja escrita, reclamación escrita, constancia, dejar constancia, libro de reclamaciones, libro de quejas, quejarme, estafa, me estafaron',
};

/** The printable letter's page, /es/letter/. */
export const esLetter =
	'carta modelo, plantilla de carta, carta para imprimir, imprimir, carta de reclamación, reclamo por escrito, modelo de carta, carta formal, imprimible, redactar carta, generador de carta, formato de carta, ejemplo de carta, firmar';
