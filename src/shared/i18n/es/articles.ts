import type { Catalog } from '../catalog'

/*
 * Spanish for the Learn articles (src/shared/content/articles), the not-medical-advice notice, article action labels
 * and source titles. Keys are the English texts exactly as written in the content; tests/unit/i18n/articles.test.ts
 * checks every article text has an entry here and no entry is stale. Texts another area already translates
 * ("Is this serious?") are left to that area.
 */

const whatIsASpasm: Catalog = {
  'What is a back spasm?': '¿Qué es un espasmo de espalda?',
  'A spasm is a muscle in your back tightening on its own. It can hurt a lot, yet it is rarely dangerous.':
    'Un espasmo es un músculo de la espalda que se contrae por sí solo. Puede doler mucho, pero rara vez es peligroso.',
  'A muscle that will not let go': 'Un músculo que no se suelta',
  'In a spasm, one or more back muscles clench without you asking them to. It may feel like a brief catch or a grip so strong that moving is hard for a while.':
    'En un espasmo, uno o más músculos de la espalda se contraen sin que tú se lo pidas. Puede sentirse como un tirón breve o como una tensión tan fuerte que durante un rato cuesta moverse.',
  'Spasms turn up more often low in the back than higher up.':
    'Los espasmos aparecen más a menudo en la parte baja de la espalda que más arriba.',
  'You are far from alone': 'A mucha gente le pasa',
  'Low back pain is the biggest cause of disability around the world, and most people get it at least once. For about nine in ten people, no single disease or damaged structure explains it; doctors call this non-specific back pain.':
    'El dolor lumbar es la mayor causa de discapacidad en el mundo, y la mayoría de las personas lo sufre al menos una vez. En unas nueve de cada diez personas, ninguna enfermedad ni estructura dañada concreta lo explica; los médicos lo llaman dolor de espalda inespecífico.',
  'How long it tends to last': 'Cuánto suele durar',
  'A bout of back pain often begins to ease within a couple of weeks and usually settles over four to six weeks. If yours is not getting better after a few weeks, it is worth getting it checked.':
    'Un episodio de dolor de espalda suele empezar a aliviarse en un par de semanas y normalmente se calma en cuatro a seis semanas. Si el tuyo no mejora al cabo de unas semanas, conviene que te lo revisen.',
  'Ease a spasm with heat': 'Alivia un espasmo con calor',
  'Try the lower back relief routine': 'Prueba la rutina de alivio lumbar',
}

const whySpasmsHappen: Catalog = {
  'Why spasms happen': 'Por qué se producen los espasmos',
  'Muscles that are overworked, underused, tense or strained are the usual suspects.':
    'Los culpables habituales son músculos sobrecargados, poco usados, tensos o distendidos.',
  'Doing too much': 'Hacer demasiado',
  'Asking a lot of your back in one go, such as a heavy lift, a long day of digging or a sudden twist, can strain the muscles so they tighten up.':
    'Exigir mucho a la espalda de una vez, como levantar algo pesado, pasar un día entero cavando o hacer un giro brusco, puede distender los músculos y hacer que se contraigan.',
  'Doing too little, and sitting the same way for hours':
    'Hacer demasiado poco y pasar horas en la misma postura sentada',
  'Muscles that rarely work hard can be caught out. Hours in one chair, a slumped position and little movement through the day all count here.':
    'Los músculos que rara vez trabajan duro pueden verse sorprendidos. Aquí cuentan las horas en la misma silla, una postura encorvada y moverse poco durante el día.',
  'Fluids and minerals': 'Líquidos y minerales',
  'Not getting enough water, potassium or calcium is listed among possible triggers, but the evidence is thin. A large review found that magnesium tablets make little or no difference to ordinary cramps.':
    'No tomar suficiente agua, potasio o calcio figura entre los posibles desencadenantes, pero las pruebas son escasas. Una revisión amplia concluyó que los comprimidos de magnesio tienen poco o ningún efecto sobre los calambres comunes.',
  'What makes sense is drinking normally through the day and eating a varied, balanced diet. There is no good evidence that supplements or sports drinks stop back spasms.':
    'Lo sensato es beber con normalidad a lo largo del día y llevar una dieta variada y equilibrada. No hay buenas pruebas de que los suplementos o las bebidas deportivas eviten los espasmos de espalda.',
  'Stress and worry': 'Estrés y preocupación',
  'Feeling stressed or anxious can keep muscles tense, and tense muscles are more likely to cramp up.':
    'El estrés o la ansiedad pueden mantener los músculos tensos, y los músculos tensos tienen más probabilidades de sufrir calambres.',
  'Injuries and other conditions': 'Lesiones y otros problemas de salud',
  'Now and then a spasm is a sign of something else going on, such as an injury or another problem in the back. Pain that began after a fall or a blow deserves a doctor’s opinion, and the red-flag checker asks about the signs that matter.':
    'De vez en cuando, un espasmo es señal de que pasa algo más, como una lesión u otro problema en la espalda. El dolor que empezó tras una caída o un golpe merece la opinión de un médico, y el comprobador de señales de alarma pregunta por las señales que importan.',
  'Set up regular breaks': 'Programa pausas regulares',
  'Try the desk routine': 'Prueba la rutina para el escritorio',
  'Unwind before bed': 'Relájate antes de dormir',
  'How to prevent the next one': 'Cómo prevenir el próximo',
}

const lowerVsUpper: Catalog = {
  'Lower back or upper back?': '¿Zona lumbar o parte alta de la espalda?',
  'Where the spasm sits changes what tends to help, and one place deserves a quicker check.':
    'El lugar del espasmo cambia lo que suele ayudar, y una zona merece que la revisen antes.',
  'Lower back': 'Zona lumbar',
  'The lower back is where most spasms happen. Long spells of sitting and lifting put it under load, and gentle exercises that move the lower back and hips are a common first step.':
    'La zona lumbar es donde se producen la mayoría de los espasmos. Pasar mucho rato sentado y levantar peso la someten a carga, y los ejercicios suaves que mueven la zona lumbar y las caderas son un primer paso habitual.',
  'Upper back and neck': 'Parte alta de la espalda y cuello',
  'Higher up, the way you sit at a screen plays a big part. A few desk checks can take strain off:':
    'Más arriba, la forma de sentarte frente a la pantalla influye mucho. Unas cuantas comprobaciones en el escritorio pueden quitar tensión:',
  'Raise the screen so its top edge is roughly at eye height, about an arm’s length away.':
    'Sube la pantalla para que su borde superior quede más o menos a la altura de los ojos, a un brazo de distancia.',
  'Let your shoulders drop; keep the keyboard a little below your elbows.':
    'Deja caer los hombros; mantén el teclado un poco por debajo de los codos.',
  'Put the screen and keyboard straight ahead of you so you do not twist.':
    'Coloca la pantalla y el teclado justo delante de ti para no tener que girarte.',
  'On a laptop, add a separate keyboard and mouse and lift the screen.':
    'Con un portátil, usa un teclado y un ratón aparte y eleva la pantalla.',
  'Pain between the shoulder blades': 'Dolor entre los omóplatos',
  'Back pain that sits high up between the shoulder blades, rather than low down, is one of the signs worth asking a doctor about the same day.':
    'El dolor de espalda que se sitúa arriba, entre los omóplatos, y no abajo, es una de las señales por las que conviene consultar a un médico el mismo día.',
  'Lower back relief routine': 'Rutina de alivio lumbar',
  'Upper back and neck routine': 'Rutina para la parte alta de la espalda y el cuello',
}

export const articles: Catalog = { ...whatIsASpasm, ...whySpasmsHappen, ...lowerVsUpper }
