import type { Catalog } from '../catalog'

/*
 * Spanish for the Learn articles (src/shared/content/articles), the not-medical-advice notice, article action labels
 * and source titles. Keys are the English texts exactly as written in the content; tests/unit/i18n/articles.test.ts
 * checks every article text has an entry here and no entry is stale. Texts another area already translates
 * ("Is this serious?", "Lower back") are left to that area.
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

const spasmVsChronic: Catalog = {
  'A spasm or a long-term back problem?': '¿Un espasmo o un problema de espalda de larga duración?',
  'A spasm is something you feel; chronic back pain is a label for how long pain has gone on.':
    'Un espasmo es algo que sientes; el dolor de espalda crónico es una etiqueta para el tiempo que lleva durando el dolor.',
  'Side by side': 'Comparación',
  'Back spasm': 'Espasmo de espalda',
  'Chronic back pain': 'Dolor de espalda crónico',
  'What it is': 'Qué es',
  'A symptom: muscles tightening suddenly and by themselves':
    'Un síntoma: músculos que se contraen de repente y por sí solos',
  'A label for back pain that keeps going': 'Una etiqueta para el dolor de espalda que no se va',
  'How long': 'Cuánto dura',
  'An episode usually calms down over a few weeks': 'Un episodio suele calmarse en unas semanas',
  'Longer than 12 weeks (three months)': 'Más de 12 semanas (tres meses)',
  'Typical causes': 'Causas habituales',
  'Strain, underused muscles, long sitting, stress':
    'Distensión, músculos poco usados, estar mucho tiempo sentado, estrés',
  'Often no single cause can be found': 'A menudo no se encuentra una causa concreta',
  'What helps most': 'Qué ayuda más',
  'Heat, keeping gently on the move, stretching': 'Calor, seguir moviéndose con suavidad, estiramientos',
  'Regular exercise and approaches such as relaxation or mindfulness':
    'Ejercicio regular y enfoques como la relajación o la atención plena',
  'Acute, subacute, chronic': 'Agudo, subagudo, crónico',
  'Clinicians sort back pain by how long it has lasted. Sources differ on where “acute” ends (some say four weeks, some six), but they agree that pain lasting more than twelve weeks is called chronic. These are conventions for planning care, not diagnoses.':
    'Los profesionales sanitarios clasifican el dolor de espalda según cuánto tiempo ha durado. Las fuentes no coinciden en dónde termina el dolor “agudo” (unas dicen cuatro semanas, otras seis), pero sí en que el dolor que dura más de doce semanas se llama crónico. Son convenciones para planificar la atención, no diagnósticos.',
  'If spasms keep returning and the pain adds up to more than three months, the advice for long-term back pain applies, where exercise and psychological support take the lead.':
    'Si los espasmos vuelven una y otra vez y el dolor suma más de tres meses, se aplican los consejos para el dolor de espalda de larga duración, en los que el ejercicio y el apoyo psicológico pasan a primer plano.',
  'Build core strength': 'Fortalece el core',
  'When to see a doctor': 'Cuándo ir al médico',
}

const quickRelief: Catalog = {
  'Quick relief at home': 'Alivio rápido en casa',
  'Warmth, gentle movement and calm breathing are the simplest places to start.':
    'El calor, el movimiento suave y la respiración tranquila son el punto de partida más sencillo.',
  'Heat and cold': 'Calor y frío',
  'Heat has the better evidence: in trials, heat wraps gave a modest, short-lived easing of low back pain, and doctors’ guidelines suggest it as an early option. For a spasm or stiffness, heat is the main choice.':
    'El calor cuenta con mejores pruebas: en ensayos, las envolturas térmicas aliviaron el dolor lumbar de forma modesta y breve, y las guías médicas lo proponen como una opción temprana. Para un espasmo o rigidez, el calor es la opción principal.',
  'Cold has not been studied enough to say whether it helps back pain. Some people like it for the first two or three days after a clear strain or knock.':
    'El frío no se ha estudiado lo suficiente para saber si ayuda con el dolor de espalda. A algunas personas les gusta durante los dos o tres primeros días tras una distensión o un golpe claros.',
  'Wrap the pack in a cloth or towel; never put it straight on skin.':
    'Envuelve la compresa en un paño o una toalla; nunca la pongas directamente sobre la piel.',
  'Keep each session to about 20 minutes, and look at your skin after around 5.':
    'Limita cada sesión a unos 20 minutos y mírate la piel pasados unos 5.',
  'Stop if the skin turns very red, blisters, goes numb or hurts.':
    'Para si la piel se pone muy roja, le salen ampollas, se adormece o duele.',
  'Never fall asleep with a heat pad or an ice pack on.':
    'Nunca te duermas con una almohadilla térmica o una bolsa de hielo puesta.',
  'Keep gently moving': 'Sigue moviéndote con suavidad',
  'Staying in bed tends to slow recovery. Carry on with daily life as well as you can and add easy movement; in one trial, heat plus exercise eased pain more than heat on its own.':
    'Quedarse en la cama suele retrasar la recuperación. Sigue con tu vida diaria lo mejor que puedas y añade movimientos sencillos; en un ensayo, el calor junto con ejercicio alivió el dolor más que el calor solo.',
  'Pain relief and muscle relaxants': 'Analgésicos y relajantes musculares',
  'Some people take pain relief bought from a pharmacy. Muscle relaxants are prescription medicines a doctor may suggest for spasms. Unknot does not recommend any medicine: ask a pharmacist or doctor what is safe for you and follow the leaflet.':
    'Algunas personas toman analgésicos comprados en la farmacia. Los relajantes musculares son medicamentos con receta que un médico puede proponer para los espasmos. Unknot no recomienda ningún medicamento: pregunta a un farmacéutico o a un médico qué es seguro para ti y sigue el prospecto.',
  Physiotherapy: 'Fisioterapia',
  'A physiotherapist can look at how you move and give you exercises that fit your back. Ask for one if looking after yourself is not helping, or if exercises make your pain worse.':
    'Un fisioterapeuta puede observar cómo te mueves y darte ejercicios adecuados para tu espalda. Pide cita con uno si cuidarte por tu cuenta no está ayudando o si los ejercicios empeoran el dolor.',
  'Relaxation and breathing': 'Relajación y respiración',
  'Stress can keep muscles tight. Relaxation practice and mindfulness appear among the first options for long-lasting back pain. Slow belly breathing and box breathing are simple ways to settle; they have not been tested for back pain in trials, so treat them as a way to relax rather than a treatment.':
    'El estrés puede mantener los músculos tensos. La práctica de la relajación y la atención plena figuran entre las primeras opciones para el dolor de espalda de larga duración. La respiración abdominal lenta y la respiración cuadrada son formas sencillas de calmarse; no se han probado en ensayos para el dolor de espalda, así que tómalas como una forma de relajarte y no como un tratamiento.',
  'Start a heat session for a spasm': 'Empieza una sesión de calor para un espasmo',
  'Cold for a fresh strain': 'Frío para una distensión reciente',
  'Calm breathing': 'Respiración tranquila',
}

const seeADoctor: Catalog = {
  'Most back spasms settle with self-care. A few signs mean you should get help, some of them at once.':
    'La mayoría de los espasmos de espalda se calman con autocuidado. Algunas señales indican que debes pedir ayuda, en algunos casos de inmediato.',
  'Get emergency help now': 'Pide ayuda urgente ahora',
  'These can point to pressure on the nerves at the base of the spine. It is rare, but treating it early protects bladder, bowel, sexual and leg function:':
    'Estas señales pueden indicar presión sobre los nervios de la base de la columna. Es poco frecuente, pero tratarlo pronto protege el control de la vejiga y del intestino, la función sexual y la de las piernas:',
  'numbness or tingling around your bottom, genitals or inner thighs':
    'entumecimiento u hormigueo alrededor de las nalgas, los genitales o la cara interna de los muslos',
  'new trouble controlling or starting to pee, or leaking urine or poo':
    'problemas nuevos para controlar la orina o empezar a orinar, o escapes de orina o de heces',
  'new loss of sexual function': 'pérdida nueva de la función sexual',
  'weakness, numbness or pain in both legs, or leg weakness that is getting worse':
    'debilidad, entumecimiento o dolor en ambas piernas, o debilidad en las piernas que va a peor',
  'Go to an emergency department, and do not drive yourself.': 'Ve a urgencias y no conduzcas tú.',
  'Get advice today': 'Pide consejo hoy mismo',
  'a fever along with back pain': 'fiebre junto con dolor de espalda',
  'losing weight without trying': 'perder peso sin proponértelo',
  'pain after a fall or a blow': 'dolor tras una caída o un golpe',
  'pain that is worse at night or not eased by rest': 'dolor que empeora por la noche o no se alivia con el reposo',
  'pain spreading down a leg, or new leg weakness or tingling':
    'dolor que se extiende por una pierna, o debilidad u hormigueo nuevos en una pierna',
  'having had cancer in the past': 'haber tenido cáncer en el pasado',
  'Book an appointment': 'Pide una cita',
  'See a doctor or physiotherapist if a few weeks of self-care have not helped, if the pain stops you doing everyday things, or if you are worried or struggling.':
    'Consulta a un médico o a un fisioterapeuta si unas semanas de autocuidado no han ayudado, si el dolor te impide hacer las cosas del día a día, o si te preocupa o lo estás pasando mal.',
  'If spasms keep coming back, a check is sensible too. No guideline sets a number of episodes for this; that advice is Unknot’s own choice.':
    'Si los espasmos vuelven una y otra vez, también es sensato hacerse una revisión. Ninguna guía fija un número de episodios para esto; ese consejo es una decisión propia de Unknot.',
  'Run the red-flag checker': 'Usa el comprobador de señales de alarma',
}

export const articles: Catalog = {
  ...whatIsASpasm,
  ...whySpasmsHappen,
  ...lowerVsUpper,
  ...spasmVsChronic,
  ...quickRelief,
  ...seeADoctor,
}
