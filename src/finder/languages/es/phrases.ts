import type { ProblemPhrases } from '../phrase-types';

export const es: ProblemPhrases = {
	stopWords: ['el', 'la', 'los', 'las', 'lo', 'le', 'les', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'a', 'mi', 'mis', 'tu', 'su', 'yo', 'me', 'te', 'se', 'nos', 'he', 'ha', 'han', 'has', 'hemos', 'hay', 'es', 'son', 'esta', 'estan', 'estoy', 'fue', 'y', 'o', 'e', 'para', 'por', 'con', 'en', 'que', 'como', 'este', 'ese', 'esa', 'eso', 'esto', 'muy', 'ya', 'aun', 'todavia', 'pero', 'si', 'hola', 'favor', 'ayuda', 'quiero', 'queria', 'aliexpress', 'pedido', 'pedidos', 'articulo', 'articulos', 'producto', 'productos', 'paquete', 'compra'],
	problems: {
		'question-before-buying': ['que talla elegir', 'cual talla', 'talla', 'antes de pedir', 'material', 'medidas', 'cuanto mide', 'dimensiones', 'es compatible', 'colores disponibles'],
		'late-delivery': ['tarde', 'retraso', 'retrasado', 'tarda mucho', 'no ha llegado', 'sigo esperando', 'envio lento', 'cuando llegara', 'hace un mes que espero', 'espero', 'seguimiento no se actualiza', 'lleva semanas', 'demora'],
		'parcel-lost': ['nunca llego', 'no me llego', 'no recibi nada', 'perdido', 'extraviado', 'desaparecido', 'no lo entregaron'],
		'damaged-item': ['roto', 'vino roto', 'danado', 'mal estado', 'golpeado', 'aplastado', 'rayado', 'caja rota', 'partido'],
		'wrong-item': ['me enviaron otro', 'recibi otro', 'otra cosa', 'equivocado', 'no es lo que pedi', 'otra talla', 'otro color', 'no coincide con la descripcion', 'diferente a la foto'],
		'defective-item': ['no funciona', 'no enciende', 'esta fallando', 'tiene un fallo', 'viene defectuoso', 'mala calidad', 'no sirve', 'averiado', 'se apaga solo', 'no prende'],
		'return-unwanted': ['devolver', 'hacer una devolucion', 'no me gusta', 'me queda pequeno', 'me queda grande', 'cambie de opinion', 'no lo necesito', 'no estoy satisfecho', 'no me convence', 'enviarlo de vuelta'],
		'refund-not-received': ['devuelto el dinero', 'no recibi el reembolso', 'donde esta mi reembolso', 'reembolso pendiente', 'sin reembolso', 'reembolso no llega', 'recuperar mi dinero', 'cuando me devuelven el dinero', 'falta el reembolso'],
		'seller-unresponsive': ['no contesta', 'no responde', 'vendedor me ignora', 'vendedor no dice nada', 'no hay respuesta', 'no me hace caso', 'vendedor no da senales'],
		'dispute-refused': ['rechazaron mi disputa', 'vendedor rechazo', 'perdi la disputa', 'denegaron la disputa', 'disputa denegada', 'vendedor dijo que no'],
		'payment-problem': ['cargo duplicado', 'doble cargo', 'pague dos veces', 'pago rechazado', 'tarjeta rechazada', 'no puedo pagar', 'metodo de pago', 'error en el pago', 'problema con el pago', 'me cobraron de mas', 'cobro'],
		'account-blocked': ['bloquearon mi cuenta', 'cuenta suspendida', 'cuenta desactivada', 'no puedo entrar', 'no puedo iniciar sesion', 'no puedo acceder', 'contrasena', 'cuenta baneada', 'bloqueada'],
		'formal-complaint': ['reclamacion', 'queja formal', 'poner una queja', 'quejarme', 'denuncia', 'hoja de reclamaciones', 'carta certificada', 'burofax', 'derechos del consumidor', 'abogado'],
	},
};
