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
  'Too little water, potassium or calcium appears on a clinic’s list of things that may set off a back spasm. That makes it a possible trigger, not a proven cause.':
    'Tomar poca agua, poco potasio o poco calcio aparece en la lista de una clínica de cosas que pueden desencadenar un espasmo de espalda. Es un posible desencadenante, no una causa demostrada.',
  'For everyday muscle cramps, studied mostly in older adults, a review of trials found that magnesium makes little or no difference.':
    'En los calambres musculares comunes, estudiados sobre todo en personas mayores, una revisión de ensayos concluyó que el magnesio tiene poco o ningún efecto.',
  'So drink as you normally would and eat a varied, balanced diet. Supplements and sports drinks have not been shown to stop back spasms.':
    'Así que bebe como lo harías normalmente y lleva una dieta variada y equilibrada. No se ha demostrado que los suplementos ni las bebidas deportivas eviten los espasmos de espalda.',
  'Stress and worry': 'Estrés y preocupación',
  'Feeling stressed or anxious can keep muscles tense, and tense muscles are more likely to cramp up.':
    'El estrés o la ansiedad pueden mantener los músculos tensos, y los músculos tensos tienen más probabilidades de sufrir calambres.',
  'Injuries and other conditions': 'Lesiones y otros problemas de salud',
  'Now and then a spasm is a sign of something else going on, such as an injury or another problem in the back. Pain that began after a fall or a blow deserves a doctor’s opinion, and the red-flag checker asks about the signs that matter.':
    'De vez en cuando, un espasmo es señal de que pasa algo más, como una lesión u otro problema en la espalda. El dolor que empezó tras una caída o un golpe merece la opinión de un médico, y el comprobador de señales de alarma pregunta por las señales que importan.',
  'Set up regular breaks': 'Programa pausas regulares',
  'Try the desk routine': 'Prueba la rutina para el escritorio',
  'Unwind before bed': 'Relájate antes de dormir',
  'How to prevent the next one': 'Cómo prevenir el próximo espasmo',
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
  'Gentle floor strength routine': 'Rutina suave de fuerza en el suelo',
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
  Medicines: 'Medicamentos',
  'Muscle relaxants, which a doctor prescribes, are among the treatments a clinic lists for back spasms. Unknot does not recommend any medicine: if you are thinking of taking one, ask a pharmacist or doctor what is safe for you.':
    'Los relajantes musculares, que receta un médico, están entre los tratamientos que una clínica menciona para los espasmos de espalda. Unknot no recomienda ningún medicamento: si piensas tomar alguno, pregunta a un farmacéutico o a un médico qué es seguro para ti.',
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
  'Get emergency help now': 'Busca ayuda de emergencia ahora',
  'Back pain together with any of these needs emergency care:':
    'El dolor de espalda junto con cualquiera de estas señales necesita atención de emergencia:',
  'Signs in the bladder, bowel, genitals, around the bottom or in both legs can point to pressure on the nerves at the base of the spine. It is rare, but treating it early protects bladder, bowel, sexual and leg function.':
    'Las señales en la vejiga, el intestino, los genitales, alrededor de las nalgas o en las dos piernas pueden indicar presión sobre los nervios de la base de la columna. Es poco frecuente, pero tratarlo pronto protege el control de la vejiga y del intestino, la función sexual y la de las piernas.',
  'Get advice today': 'Pide consejo hoy mismo',
  'Back pain together with any of these needs medical advice the same day:':
    'El dolor de espalda junto con cualquiera de estas señales necesita consejo médico el mismo día:',
  'Book an appointment': 'Pide una cita',
  'See a doctor or physiotherapist if you have any of these:':
    'Consulta a un médico o a un fisioterapeuta si te pasa alguna de estas cosas:',
  'For spasms that keep coming back, no guideline sets a number of episodes; suggesting a check is Unknot’s own choice.':
    'Para los espasmos que vuelven una y otra vez, ninguna guía fija un número de episodios; proponer una revisión es una decisión propia de Unknot.',
  'Run the red-flag checker': 'Usa el comprobador de señales de alarma',
}

const prevention: Catalog = {
  'Preventing the next one': 'Prevenir el próximo espasmo',
  'Small habits through the working day do more than any single stretch.':
    'Los pequeños hábitos a lo largo de la jornada laboral hacen más que cualquier estiramiento aislado.',
  'Stay active': 'Mantén la actividad física',
  'Doctors’ guidelines put exercise among the first things to try for low back pain, especially pain that lasts. That is evidence about easing back pain, not about preventing spasms, and no single stretch is a cure. What Unknot can help with is the habit of moving.':
    'Las guías médicas sitúan el ejercicio entre lo primero que conviene probar para el dolor lumbar, sobre todo cuando dura. Esas pruebas hablan de aliviar el dolor de espalda, no de prevenir espasmos, y ningún estiramiento por sí solo es una cura. En lo que Unknot puede ayudarte es en el hábito de moverte.',
  'Set up your desk': 'Prepara tu escritorio',
  'Screen top near eye level and about an arm’s length away.':
    'La parte superior de la pantalla cerca de la altura de los ojos y a un brazo de distancia.',
  'Shoulders loose, keyboard slightly below elbow height, mouse close by.':
    'Hombros relajados, teclado un poco por debajo de la altura de los codos, ratón cerca.',
  'A chair that supports your lower back; a small cushion can help.':
    'Una silla que sujete la zona lumbar; un cojín pequeño puede ayudar.',
  'Everything straight in front of you so you are not twisting.': 'Todo justo delante de ti para no tener que girarte.',
  'Lifting and carrying': 'Levantar y cargar peso',
  'Straining the back is a common trigger. Take loads you can manage comfortably, and split a heavy load or ask for help rather than forcing it.':
    'Forzar la espalda es un desencadenante habitual. Levanta cargas que puedas manejar con comodidad, y divide una carga pesada o pide ayuda en lugar de forzarte.',
  'Fluids and food': 'Líquidos y comida',
  'Drink normally through the day and eat a balanced diet. Supplements and electrolyte drinks have not been shown to prevent spasms.':
    'Bebe con normalidad a lo largo del día y lleva una dieta equilibrada. No se ha demostrado que los suplementos ni las bebidas con electrolitos prevengan los espasmos.',
  'Look after stress': 'Gestiona el estrés',
  'Because stress can tighten muscles, time to unwind is part of caring for your back. Relaxation practice is among the options doctors suggest for long-lasting back pain.':
    'Como el estrés puede tensar los músculos, dedicar tiempo a relajarte forma parte del cuidado de tu espalda. La práctica de la relajación está entre las opciones que proponen los médicos para el dolor de espalda de larga duración.',
  'Take regular breaks': 'Haz pausas regulares',
  'Short, frequent breaks work better than rare long ones. UK workplace guidance gives 5 to 10 minutes away from the screen after 50 to 60 minutes as an example, and a physical therapist suggests a stretch every 30 to 45 minutes.':
    'Las pausas cortas y frecuentes funcionan mejor que las largas y escasas. Una guía laboral del Reino Unido pone como ejemplo de 5 a 10 minutos lejos de la pantalla después de 50 a 60 minutos, y un fisioterapeuta propone un estiramiento cada 30 a 45 minutos.',
  'Brief breaks leave people a little more energetic and less tired. In one small trial of office workers, active breaks went with fewer new cases of neck and low back pain.':
    'Las pausas breves dejan a las personas con algo más de energía y menos cansancio. En un pequeño ensayo con oficinistas, las pausas activas se asociaron con menos casos nuevos de dolor de cuello y de dolor lumbar.',
  'Set up break reminders': 'Configura recordatorios de pausa',
  'A quick break routine': 'Una rutina de pausa rápida',
  'Desk stretches': 'Estiramientos en el escritorio',
  'Hips and glutes': 'Caderas y glúteos',
  'Morning routine': 'Rutina matutina',
}

const faq: Catalog = {
  'Questions people ask': 'Preguntas frecuentes',
  'Short answers to the things people most often wonder about back spasms.':
    'Respuestas breves a lo que la gente se pregunta más a menudo sobre los espasmos de espalda.',
  'Should I rest in bed until it passes?': '¿Debo guardar reposo en cama hasta que pase?',
  'Usually not. Keeping up gentle activity helps most people recover sooner than lying still.':
    'Normalmente no. Mantener una actividad suave ayuda a la mayoría de las personas a recuperarse antes que quedarse quietas.',
  'Heat or ice?': '¿Calor o hielo?',
  'Heat is the one with trial support, and those trials were in low back pain; it suits spasms and stiffness. Cold is an option in the first couple of days after a fresh strain, though its benefit is unproven.':
    'El calor es el que tiene el respaldo de ensayos, y esos ensayos fueron en dolor lumbar; va bien para los espasmos y la rigidez. El frío es una opción durante los primeros días tras una distensión reciente, aunque su beneficio no está demostrado.',
  'Will magnesium or sports drinks stop spasms?': '¿El magnesio o las bebidas deportivas evitan los espasmos?',
  'There is no good evidence that they will. For everyday cramps, magnesium made little or no difference in a review of trials. Drinking as you normally would and eating a balanced diet is the sensible default.':
    'No hay buenas pruebas de que lo hagan. Para los calambres comunes, el magnesio tuvo poco o ningún efecto en una revisión de ensayos. Lo sensato es beber como lo harías normalmente y llevar una dieta equilibrada.',
  'How long will it take to get better?': '¿Cuánto tardaré en mejorar?',
  'Back pain often starts easing within about two weeks and is usually gone in four to six. Get it checked if it is not improving after a few weeks.':
    'El dolor de espalda suele empezar a aliviarse en unas dos semanas y normalmente desaparece en cuatro a seis. Hazte una revisión si no mejora al cabo de unas semanas.',
  'Which stretch will fix it?': '¿Qué estiramiento lo va a curar?',
  'None on its own. Exercise in general is what the evidence supports, so pick movements you enjoy and can keep doing.':
    'Ninguno por sí solo. Lo que respaldan las pruebas es el ejercicio en general, así que elige movimientos que te gusten y que puedas mantener.',
  'How do I know if it is serious?': '¿Cómo sé si es grave?',
  'Serious causes are uncommon, but some signs need help quickly, such as numbness around your bottom, back passage or genitals, or trouble controlling your bladder. The red-flag checker walks you through them.':
    'Las causas graves son poco frecuentes, pero algunas señales requieren ayuda rápida, como el entumecimiento alrededor de las nalgas, el ano o los genitales, o los problemas para controlar la vejiga. El comprobador de señales de alarma te guía por ellas.',
}

const common: Catalog = {
  'Unknot offers general information to help you look after your back. It is not medical advice and cannot examine you. If you are worried, or anything feels different from usual, talk to a doctor, pharmacist or physiotherapist.':
    'Unknot ofrece información general para ayudarte a cuidar tu espalda. No es consejo médico y no puede examinarte. Si algo te preocupa, o notas algo distinto de lo habitual, habla con un médico, un farmacéutico o un fisioterapeuta.',
}

/* Publishers and titles of the cited sources. A published title stays in its own language; only our descriptions of
   a source (what kind of page it is, who wrote it) are translated. */
const sources: Catalog = {
  'World Health Organization': 'Organización Mundial de la Salud',
  'Low back pain (fact sheet, 2023)': 'Low back pain (nota descriptiva, 2023)',
  Cochrane: 'Cochrane',
  'Superficial heat or cold for low back pain (French et al. 2006)':
    'Superficial heat or cold for low back pain (French et al. 2006)',
  'American College of Physicians': 'American College of Physicians',
  'Guideline on low back pain (Qaseem et al., Annals of Internal Medicine 2017)':
    'Guía sobre el dolor lumbar (Qaseem et al., Annals of Internal Medicine 2017)',
  NICE: 'NICE',
  'Low back pain and sciatica in over 16s (NG59)': 'Low back pain and sciatica in over 16s (NG59)',
  NHS: 'NHS',
  'Back pain': 'Back pain',
  'Lower back pain exercises': 'Lower back pain exercises',
  'NHS Inform': 'NHS Inform',
  'Exercises for back pain': 'Exercises for back pain',
  'Royal Free London NHS Foundation Trust': 'Royal Free London NHS Foundation Trust',
  'Cauda equina syndrome (patient leaflet)': 'Cauda equina syndrome (folleto para pacientes)',
  'redflagsymptoms.co.uk': 'redflagsymptoms.co.uk',
  'Lower Back Pain (a triage page repeating the NHS wording)':
    'Lower Back Pain (página de triaje que repite el texto del NHS)',
  'Mayo Clinic': 'Mayo Clinic',
  'When to see a doctor for back pain': 'When to see a doctor for back pain',
  'A guide to basic stretches': 'A guide to basic stretches',
  'Lower back stretches (video)': 'Lower back stretches (vídeo)',
  'Mayo Clinic Sports Medicine': 'Mayo Clinic Sports Medicine',
  'The importance of stretching during your workday': 'The importance of stretching during your workday',
  'Cleveland Clinic': 'Cleveland Clinic',
  'Back Spasms': 'Back Spasms',
  'Ice vs. Heat': 'Ice vs. Heat',
  'Nebraska Medicine': 'Nebraska Medicine',
  'When to use ice vs. heat for pain': 'When to use ice vs. heat for pain',
  'Training Matters (pharmacy training)': 'Training Matters (formación en farmacia)',
  'Ice and heat therapy': 'Ice and heat therapy',
  'American College of Sports Medicine': 'American College of Sports Medicine',
  'Stretching and flexibility guidelines update (2021)': 'Stretching and flexibility guidelines update (2021)',
  'Harvard Health Publishing': 'Harvard Health Publishing',
  'The ideal stretching routine': 'The ideal stretching routine',
  'Bupa UK': 'Bupa UK',
  'Promoting desk exercises in the office': 'Promoting desk exercises in the office',
  'Urmston Physio Clinic': 'Urmston Physio Clinic',
  'Cervical spondylosis – recommended exercises': 'Cervical spondylosis – recommended exercises',
  Flyost: 'Flyost',
  '10 Stretching Exercises to Relieve Lower Back Pain': '10 Stretching Exercises to Relieve Lower Back Pain',
  'American College of Obstetricians and Gynecologists': 'American College of Obstetricians and Gynecologists',
  'Physical activity and exercise during pregnancy and the postpartum period (Committee Opinion 804, 2020)':
    'Physical activity and exercise during pregnancy and the postpartum period (dictamen de comité 804, 2020)',
  'Health and Safety Executive': 'Health and Safety Executive (autoridad británica de salud laboral)',
  'Should VDU users be given breaks? (FAQ)': 'Should VDU users be given breaks? (preguntas frecuentes)',
  'Good posture when using display screen equipment': 'Good posture when using display screen equipment',
  'American Academy of Ophthalmology': 'American Academy of Ophthalmology',
  'The 20-20-20 rule (press release, 2021)': 'La regla 20-20-20 (nota de prensa, 2021)',
  'PLOS ONE': 'PLOS ONE',
  'Meta-analysis of micro-breaks at work (Albulescu et al. 2022)':
    'Metaanálisis sobre las micropausas en el trabajo (Albulescu et al. 2022)',
  'Scandinavian Journal of Work, Environment & Health': 'Scandinavian Journal of Work, Environment & Health',
  'Trial of active breaks and posture shifts for office workers (Waongenngarm et al. 2021)':
    'Ensayo de pausas activas y cambios de postura en oficinistas (Waongenngarm et al. 2021)',
  'British Journal of Sports Medicine': 'British Journal of Sports Medicine',
  'The sedentary office: an expert statement (Buckley et al. 2015)':
    'The sedentary office: declaración de expertos (Buckley et al. 2015)',
  'Magnesium for skeletal muscle cramps (Garrison et al. 2020)':
    'Magnesium for skeletal muscle cramps (Garrison et al. 2020)',
  'College of Charleston (citing Cleveland Clinic)': 'College of Charleston (citando a Cleveland Clinic)',
  'Box breathing (self-care page)': 'Box breathing (página de autocuidado)',
  'Active Coaching (steps matching Cleveland Clinic’s page)':
    'Active Coaching (pasos que coinciden con la página de Cleveland Clinic)',
  'Diaphragmatic breathing (how-to page)': 'Diaphragmatic breathing (página práctica)',
}

export const articles: Catalog = {
  ...whatIsASpasm,
  ...whySpasmsHappen,
  ...lowerVsUpper,
  ...spasmVsChronic,
  ...quickRelief,
  ...seeADoctor,
  ...prevention,
  ...faq,
  ...common,
  ...sources,
}
