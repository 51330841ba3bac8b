import type { Catalog } from '../catalog'

/** Exercise names, steps, breathing cues, cautions and the easier/harder variants (src/shared/routines/exercises). */
const exercises: Catalog = {
  'Bottom-to-heels stretch': 'Estiramiento de glúteos a talones',
  'Kneel on all fours with your knees below your hips and your hands below your shoulders, elbows soft.':
    'Ponte a cuatro patas, con las rodillas debajo de las caderas y las manos debajo de los hombros, los codos sin bloquear.',
  'Slowly sink your hips back towards your heels, letting your back lengthen.':
    'Lleva despacio las caderas hacia atrás, hacia los talones, y deja que la espalda se alargue.',
  'Ease forward again to all fours.': 'Vuelve con suavidad hacia delante hasta quedar a cuatro patas.',
  'Take one slow, deep breath as you ease back, and breathe out as you return.':
    'Toma aire lenta y profundamente mientras vas hacia atrás, y suéltalo al volver.',
  'Stop if a movement brings sharp pain, pain that spreads, or new or worsening symptoms, and only go as far as feels comfortable.':
    'Para si un movimiento te provoca un dolor agudo, un dolor que se extiende o síntomas nuevos o que empeoran, y llega solo hasta donde te resulte cómodo.',
  'If your knees complain, stop before your bottom reaches your heels.':
    'Si te molestan las rodillas, para antes de que los glúteos lleguen a los talones.',
  'Keep the movement short, easing back only part of the way.':
    'Haz un movimiento corto y ve hacia atrás solo una parte del recorrido.',
  'Work up to 10 repetitions, letting each last a full slow breath.':
    'Llega poco a poco a 10 repeticiones, y que cada una dure una respiración lenta completa.',
  'Knee rolls': 'Balanceo de rodillas',
  'Lie on your back with a small cushion under your head, knees bent and pressed together.':
    'Túmbate boca arriba con un cojín pequeño bajo la cabeza, las rodillas dobladas y juntas.',
  'Keeping both shoulders on the floor, let your knees drop gently to one side.':
    'Con los dos hombros apoyados en el suelo, deja caer las rodillas con suavidad hacia un lado.',
  'Bring them back to the middle, then let them drop to the other side. Keep alternating.':
    'Vuelve a llevarlas al centro y luego déjalas caer hacia el otro lado. Sigue alternando.',
  'Breathe out as the knees drop and in as you bring them back.':
    'Suelta el aire cuando bajen las rodillas y tómalo al volver a llevarlas al centro.',
  'A pillow between your knees can make this kinder; shrink the movement if it hurts.':
    'Una almohada entre las rodillas puede hacerlo más llevadero; reduce el movimiento si te duele.',
  'If you are pregnant, take care with long spells flat on your back from about 16 weeks on: the weight of the womb can press on a large vein. A seated or standing exercise is a gentler choice; ask your midwife or doctor if unsure.':
    'Si estás embarazada, a partir de las 16 semanas más o menos ten cuidado con pasar mucho rato tumbada boca arriba: el peso del útero puede presionar una vena grande. Un ejercicio sentada o de pie es una opción más suave; si tienes dudas, pregunta a tu matrona o a tu médico.',
  'If you have osteoporosis, keep the rounding small or leave this out, and ask your doctor or physiotherapist which back movements suit you: bending the spine forward deeply is linked with a risk of compression fracture.':
    'Si tienes osteoporosis, redondea poco la espalda o no hagas este ejercicio, y pregunta a tu médico o fisioterapeuta qué movimientos de espalda te convienen: flexionar mucho la columna hacia delante se asocia con un riesgo de fractura por compresión.',
  'If you have osteoporosis, ask your doctor or physiotherapist before twisting exercises, and keep any twist small and slow.':
    'Si tienes osteoporosis, consulta a tu médico o fisioterapeuta antes de hacer ejercicios de giro, y gira siempre poco y despacio.',
  'If you have had back or hip surgery recently, or have a hip replacement, ask your surgeon or physiotherapist first.':
    'Si te han operado de la espalda o de la cadera hace poco, o llevas una prótesis de cadera, consulta antes a tu cirujano o fisioterapeuta.',
  'Let your knees tip only a little way to each side.':
    'Deja que las rodillas se inclinen solo un poco hacia cada lado.',
  'Build up to 10 rolls, pausing for a couple of seconds at each side.':
    'Llega poco a poco a 10 balanceos, con una pausa de un par de segundos en cada lado.',
  'Lying back extension': 'Extensión de espalda boca abajo',
  'Lie face down and prop yourself up on your forearms, keeping your neck long.':
    'Túmbate boca abajo y apóyate sobre los antebrazos, con el cuello largo.',
  'Press gently through your forearms or hands so your back arches a little; your hips stay on the floor.':
    'Empuja con suavidad con los antebrazos o las manos para que la espalda se arquee un poco; las caderas se quedan en el suelo.',
  'Hold, then lower yourself slowly.': 'Mantén la postura y luego baja despacio.',
  'Breathe steadily through the hold; do not hold your breath.':
    'Respira de forma regular mientras mantienes la postura; no aguantes la respiración.',
  'Keep your gaze on the floor and do not tip your head back.':
    'Mantén la mirada en el suelo y no eches la cabeza hacia atrás.',
  'Our own extra care, not from the source: if you are pregnant, lying on your front is unlikely to suit the later months.':
    'Precaución añadida por nosotros, no de la fuente: si estás embarazada, tumbarte boca abajo probablemente no te vendrá bien en los últimos meses.',
  'Stay on your forearms rather than pushing up through your hands.':
    'Quédate sobre los antebrazos en lugar de empujar con las manos.',
  'Push up through your hands for a little more arch and hold for up to 10 seconds, hips down.':
    'Empuja con las manos para arquear un poco más y mantén hasta 10 segundos, sin levantar las caderas.',
  'Pelvic tilt': 'Basculación pélvica',
  'Lie on your back with your knees bent and your feet flat, hip-width apart.':
    'Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo, separados al ancho de las caderas.',
  'Tighten your tummy and press the small of your back into the floor.':
    'Contrae el abdomen y presiona la parte baja de la espalda contra el suelo.',
  'Let go and tilt the other way so your lower back makes a small arch. Rock slowly between the two.':
    'Suelta e inclina la pelvis hacia el otro lado para que la zona lumbar forme un pequeño arco. Balancéate despacio entre las dos posiciones.',
  'Breathe out as you flatten your back and in as you arch.':
    'Suelta el aire al aplanar la espalda y tómalo al arquearla.',
  'Do the work with your tummy and pelvis, not by pushing through your neck or feet.':
    'Haz el trabajo con el abdomen y la pelvis, no empujando con el cuello ni con los pies.',
  'Make the rocking very small.': 'Haz el balanceo muy pequeño.',
  'Build up to 15 slow rocks.': 'Llega poco a poco a 15 balanceos lentos.',
  'Knee-to-chest stretch': 'Estiramiento de rodilla al pecho',
  'Lie on your back with both knees bent and your feet on the floor.':
    'Túmbate boca arriba con las dos rodillas dobladas y los pies en el suelo.',
  'Hold one knee with both hands and draw it gently towards your chest.':
    'Sujeta una rodilla con las dos manos y llévala con suavidad hacia el pecho.',
  'Hold the stretch, then lower the leg slowly.': 'Mantén el estiramiento y luego baja la pierna despacio.',
  'Breathe slowly and let your lower back relax a little more with each breath out.':
    'Respira despacio y deja que la zona lumbar se relaje un poco más cada vez que sueltas el aire.',
  'If you have osteoporosis, leave this one out: drawing the knee to the chest bends the spine deeply, which is linked with a risk of compression fracture.':
    'Si tienes osteoporosis, no hagas este ejercicio: llevar la rodilla al pecho flexiona mucho la columna, lo que se asocia con un riesgo de fractura por compresión.',
  'Hold behind your thigh instead of the knee, and keep the other foot flat on the floor.':
    'Sujeta por detrás del muslo en lugar de la rodilla, y mantén el otro pie apoyado en el suelo.',
  'Rest the other leg straight along the floor while you hold.':
    'Deja la otra pierna estirada sobre el suelo mientras mantienes la postura.',
  'Cat–cow': 'Gato–vaca',
  'Start on all fours, hands under your shoulders and knees under your hips.':
    'Empieza a cuatro patas, con las manos bajo los hombros y las rodillas bajo las caderas.',
  'Slowly round your whole spine up towards the ceiling and hold.':
    'Redondea despacio toda la columna hacia el techo y mantén la postura.',
  'Then let your back sink gently into a soft dip and hold.':
    'Después deja que la espalda baje con suavidad hasta formar una curva suave hacia abajo y mantén la postura.',
  'Breathe out as you round up and in as your back dips.':
    'Suelta el aire al redondear la espalda hacia arriba y tómalo al bajarla.',
  'Keep to the part of the movement that is free of pain.': 'Quédate en la parte del movimiento que no te duele.',
  'Round and dip only a little.': 'Redondea y baja la espalda solo un poco.',
  'Build up to about 10 slow rounds.': 'Llega poco a poco a unas 10 repeticiones lentas.',
  'Glute bridge': 'Puente de glúteos',
  'Lie on your back with your knees bent and feet flat.':
    'Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
  'Tilt your pelvis to flatten your lower back, then squeeze your buttocks and lift your hips until your body makes a straight slope from knees to shoulders.':
    'Inclina la pelvis para aplanar la zona lumbar, luego aprieta los glúteos y eleva las caderas hasta que el cuerpo forme una línea recta inclinada de las rodillas a los hombros.',
  'Hold, then roll down slowly one part of your back at a time.':
    'Mantén la postura y luego baja despacio, apoyando la espalda por partes, poco a poco.',
  'Breathe out as you lift, breathe steadily while you hold, and breathe in as you roll down.':
    'Suelta el aire al subir, respira de forma regular mientras mantienes la postura y toma aire al bajar.',
  'Do not try this for the first time in the middle of a bad flare-up; ask a GP or physiotherapist first.':
    'No lo pruebes por primera vez en medio de una crisis fuerte; consulta antes a tu médico de cabecera o a un fisioterapeuta.',
  'Lift your hips only a short way off the floor.': 'Eleva las caderas solo un poco del suelo.',
  'Our suggestion, not a sourced dose: start with 5 and add a few repetitions over several days, up to 10.':
    'Es una propuesta nuestra, no una dosis con fuente: empieza con 5 y añade unas pocas repeticiones a lo largo de varios días, hasta llegar a 10.',
  'Standing back bend': 'Extensión de espalda de pie',
  'Stand with your feet shoulder-width apart and your hands resting on your lower back.':
    'Ponte de pie con los pies separados al ancho de los hombros y las manos apoyadas en la zona lumbar.',
  'Lean back gently, letting your hands support you.':
    'Inclínate hacia atrás con suavidad, dejando que las manos te sujeten.',
  'Return to standing upright.': 'Vuelve a quedarte de pie con el cuerpo recto.',
  'Breathe in as you lean back and out as you come upright.':
    'Toma aire al inclinarte hacia atrás y suéltalo al volver a la posición erguida.',
  'Keep the lean small and your hands supporting your back the whole time.':
    'Inclínate solo un poco y mantén las manos sujetando la espalda todo el tiempo.',
  'Lean back only a little way.': 'Inclínate hacia atrás solo un poco.',
  'Repeat the set up to three times through the day.': 'Repite la serie hasta tres veces a lo largo del día.',
  'Sitting tall': 'Erguirse en la silla',
  'Sit with your knees bent and your feet flat on the floor.':
    'Siéntate con las rodillas dobladas y los pies apoyados en el suelo.',
  'Lift yourself up into the tallest sitting position that still feels comfortable, and hold.':
    'Estírate hacia arriba hasta la postura sentada más alta que aún te resulte cómoda, y mantenla.',
  'Relax back down.': 'Relájate y vuelve a bajar.',
  'Breathe in as you grow tall and keep breathing easily while you hold.':
    'Toma aire al estirarte hacia arriba y sigue respirando con calma mientras mantienes la postura.',
  'Sit up only part of the way and relax sooner.': 'Estírate hacia arriba solo una parte y relájate antes.',
  'Stay tall for a little longer each time, as long as it remains comfortable.':
    'Mantén esa postura alta un poco más cada vez, siempre que siga siendo cómoda.',
  'Seated spinal twist': 'Giro de columna en la silla',
  'Sit upright, cross your arms and rest your hands on your shoulders.':
    'Siéntate con la espalda recta, cruza los brazos y apoya las manos en los hombros.',
  'Turn your upper body from the waist towards one side and hold.':
    'Gira la parte superior del cuerpo desde la cintura hacia un lado y mantén la postura.',
  'Come back to the middle.': 'Vuelve al centro.',
  'Breathe out as you turn and breathe normally while you hold.':
    'Suelta el aire al girar y respira con normalidad mientras mantienes la postura.',
  'Turn gently and never force the end of the twist.': 'Gira con suavidad y nunca fuerces el final del giro.',
  'Turn only part of the way.': 'Gira solo una parte del recorrido.',
  'Build up to 5 turns each way, holding each one for 5 seconds.':
    'Llega poco a poco a 5 giros hacia cada lado, manteniendo cada uno 5 segundos.',
  'Seated back extension': 'Extensión de espalda en la silla',
  'Sit upright near the front of your chair and place your palms on the small of your back.':
    'Siéntate con la espalda recta cerca del borde delantero de la silla y apoya las palmas en la parte baja de la espalda.',
  'Lean back over your hands.': 'Inclínate hacia atrás sobre las manos.',
  'Return to upright.': 'Vuelve a la posición erguida.',
  'Breathe in as you lean back and out as you return.': 'Toma aire al inclinarte hacia atrás y suéltalo al volver.',
  'Lean back only slightly.': 'Inclínate hacia atrás solo ligeramente.',
  'Pause for a moment longer at the back of each lean.':
    'Quédate un momento más al final de cada inclinación hacia atrás.',
  'Seated knee hug': 'Abrazo de rodilla en la silla',
  'Sit with your back straight and both feet on the floor.':
    'Siéntate con la espalda recta y los dos pies en el suelo.',
  'Hold one thigh with both hands and draw it up towards your chest.':
    'Sujeta un muslo con las dos manos y llévalo hacia el pecho.',
  'Hold, then lower the foot back to the floor.': 'Mantén la postura y luego vuelve a bajar el pie al suelo.',
  'Breathe slowly and evenly throughout the hold.':
    'Respira despacio y de forma regular mientras mantienes la postura.',
  'If you have osteoporosis, skip this or keep the bend small: like the lying knee-to-chest stretch, it bends the spine forward.':
    'Si tienes osteoporosis, sáltate este ejercicio o flexiona poco: igual que el estiramiento de rodilla al pecho tumbado boca arriba, flexiona la columna hacia delante.',
  'Lift the knee only part of the way, with your hands behind the thigh.':
    'Sube la rodilla solo una parte, con las manos detrás del muslo.',
  'Hold for up to 30 seconds.': 'Mantén la postura hasta 30 segundos.',
  'Seated pelvic tilt': 'Basculación pélvica en la silla',
  'Sit near the front of your chair with your feet flat and hip-width apart.':
    'Siéntate cerca del borde delantero de la silla con los pies apoyados en el suelo y separados al ancho de las caderas.',
  'Tighten your tummy and roll your pelvis back so your lower back rounds slightly.':
    'Contrae el abdomen y lleva la pelvis hacia atrás para que la zona lumbar se redondee ligeramente.',
  'Then roll it forward into a small arch. Rock slowly between the two.':
    'Después llévala hacia delante hasta formar un pequeño arco. Balancéate despacio entre las dos posiciones.',
  'Breathe out as you round and in as you arch.': 'Suelta el aire al redondear y tómalo al arquear.',
  'Keep the rocking very small.': 'Mantén el balanceo muy pequeño.',
  'Stand up and move': 'Levántate y muévete',
  'Get up from your chair.': 'Levántate de la silla.',
  'Walk around the room or down the corridor at an easy pace.':
    'Camina por la habitación o por el pasillo a un ritmo tranquilo.',
  'Let your hands and eyes do something other than screen work while you move.':
    'Mientras te mueves, deja que tus manos y tus ojos hagan algo distinto de trabajar con la pantalla.',
  'Breathe naturally.': 'Respira con naturalidad.',
  'Simply stand and shift your weight from foot to foot.': 'Simplemente ponte de pie y pasa el peso de un pie al otro.',
  'Take a longer walk, or climb a flight of stairs if you can.':
    'Da un paseo más largo o sube un tramo de escaleras si puedes.',
  'Desk posture check': 'Revisión de la postura en el escritorio',
  'Sit back so the chair supports your lower back and your thighs rest evenly on the seat.':
    'Siéntate bien atrás para que la silla sujete la zona lumbar y los muslos se apoyen por igual en el asiento.',
  'Let your shoulders drop; your keyboard should sit just under elbow height, with the mouse beside it.':
    'Deja caer los hombros; el teclado debería quedar justo por debajo de la altura de los codos, con el ratón al lado.',
  'Check that the top of the screen is at eye level, about an arm’s length away, straight in front of you.':
    'Comprueba que la parte superior de la pantalla está a la altura de los ojos, a más o menos un brazo de distancia y justo delante de ti.',
  'Breathe easily and let your shoulders soften on each breath out.':
    'Respira con calma y deja que los hombros se relajen cada vez que sueltas el aire.',
  'Check just one thing today, such as the height of your screen.':
    'Hoy revisa solo una cosa, por ejemplo la altura de la pantalla.',
  'On a laptop, add a separate keyboard and mouse and raise the screen.':
    'Si usas un portátil, añade un teclado y un ratón aparte y eleva la pantalla.',
  'Neck rotation': 'Rotación de cuello',
  'Sit tall with your head level.': 'Siéntate con la espalda recta y la cabeza nivelada.',
  'Turn your head slowly to look over one shoulder and hold briefly.':
    'Gira la cabeza despacio para mirar por encima de un hombro y mantén la postura un momento.',
  'Come back to the middle and turn to look over the other shoulder.':
    'Vuelve al centro y gira para mirar por encima del otro hombro.',
  'Breathe gently and evenly; do not hold your breath.':
    'Respira con suavidad y de forma regular; no aguantes la respiración.',
  'If you feel dizzy or light-headed, stop moving your neck and sit quietly for a moment.':
    'Si notas mareo o aturdimiento, deja de mover el cuello y quédate en reposo en tu asiento un momento.',
  'Turn your head only a small way.': 'Gira la cabeza solo un poco.',
  'Hold each turn for 5 seconds and build up to 5 turns each way.':
    'Mantén cada giro 5 segundos y llega poco a poco a 5 giros hacia cada lado.',
  'Neck side stretch': 'Estiramiento lateral de cuello',
  'Sit on one hand to keep that shoulder down.': 'Siéntate sobre una mano para mantener ese hombro abajo.',
  'Tilt your head away from that side, bringing it slightly forward.':
    'Inclina la cabeza hacia el lado contrario, llevándola un poco hacia delante.',
  'Hold, then lift your head back to the middle.': 'Mantén la postura y luego vuelve a llevar la cabeza al centro.',
  'Breathe slowly and let the shoulder sink on each breath out.':
    'Respira despacio y deja que el hombro baje cada vez que sueltas el aire.',
  'Let your head tilt under its own weight; never pull on it.':
    'Deja que la cabeza se incline por su propio peso; nunca tires de ella.',
  'Tilt only a little and leave your hand resting on your lap.':
    'Inclina solo un poco y deja la mano apoyada en el regazo.',
  'Keep the anchored shoulder firmly down and let the tilt deepen slowly during each hold.':
    'Mantén bien abajo el hombro sujeto y deja que la inclinación aumente despacio mientras mantienes cada estiramiento.',
  'Chin tuck': 'Retracción de barbilla',
  'Sit tall with your hands resting on your knees.':
    'Siéntate con la espalda recta y las manos apoyadas en las rodillas.',
  'Keeping your shoulders still, slide your head straight back to make a double chin.':
    'Sin mover los hombros, desliza la cabeza recta hacia atrás hasta que se forme una papada.',
  'Let your head return to where it started.': 'Deja que la cabeza vuelva a donde empezó.',
  'Breathe out as you glide back and in as you return.':
    'Suelta el aire al llevar la cabeza hacia atrás y tómalo al volver.',
  'Stop at once if you feel dizzy.': 'Para enseguida si te mareas.',
  'Our own extra care, not from the source: stop if symptoms spread into your shoulder or arm.':
    'Precaución añadida por nosotros, no de la fuente: para si los síntomas se extienden al hombro o al brazo.',
  'Glide back only a short way.': 'Lleva la cabeza hacia atrás solo un poco.',
  'Pause for a few seconds at the back of each tuck.': 'Haz una pausa de unos segundos al final de cada retracción.',
  'Shoulder rolls': 'Círculos de hombros',
  'Let your arms hang loosely.': 'Deja los brazos colgando sueltos.',
  'Lift both shoulders up towards your ears.': 'Sube los dos hombros hacia las orejas.',
  'Roll them back and down, then relax.': 'Llévalos hacia atrás y hacia abajo, y luego relájalos.',
  'Breathe in as the shoulders rise and out as they roll down.':
    'Toma aire cuando suban los hombros y suéltalo cuando bajen.',
  'Just lift and drop your shoulders without rolling them.': 'Solo sube y baja los hombros, sin hacer círculos.',
  'Follow with the same number of rolls in the other direction.':
    'Después haz el mismo número de círculos en la dirección contraria.',
  'Standing shoulder rolls': 'Círculos de hombros de pie',
  'Cross-body shoulder stretch': 'Estiramiento cruzado de hombro',
  'Bring one arm across the front of your chest.': 'Cruza un brazo por delante del pecho.',
  'Hold it just above the elbow with your other hand and draw it gently closer.':
    'Sujétalo justo por encima del codo con la otra mano y acércalo con suavidad.',
  'Hold, then let the arm go.': 'Mantén la postura y luego suelta el brazo.',
  'Breathe slowly; let the shoulder relax into the stretch on each breath out.':
    'Respira despacio; deja que el hombro se relaje en el estiramiento cada vez que sueltas el aire.',
  'Leave this out if your shoulder is painful.': 'No hagas este ejercicio si te duele el hombro.',
  'Hold the upper arm and draw it across less far.': 'Sujeta la parte superior del brazo y crúzalo menos.',
  'Repeat the hold a second time on each side.': 'Repite el estiramiento una segunda vez en cada lado.',
  'Standing cross-body shoulder stretch': 'Estiramiento cruzado de hombro de pie',
  'Chest opener': 'Apertura de pecho',
  'Stand tall and clasp your hands together behind your back.':
    'Ponte de pie con la espalda recta y junta las manos detrás de la espalda.',
  'Lift your arms gently away from your back and open out your chest.':
    'Separa con suavidad los brazos de la espalda y abre el pecho.',
  'Hold, then lower your arms.': 'Mantén la postura y luego baja los brazos.',
  'Breathe in as your chest opens and breathe steadily while you hold.':
    'Toma aire al abrir el pecho y respira de forma regular mientras mantienes la postura.',
  'Skip this one if you have shoulder pain.': 'Sáltate este ejercicio si tienes dolor de hombro.',
  'Keep your clasped hands low without lifting them.': 'Mantén las manos juntas abajo, sin subirlas.',
  'Hold each lift for up to 10 seconds and build up to 5.':
    'Mantén cada elevación hasta 10 segundos y llega poco a poco a 5.',
  'Overhead reach': 'Estiramiento hacia arriba',
  'Link your fingers together and turn your palms to face the ceiling.':
    'Entrelaza los dedos y gira las palmas hacia el techo.',
  'Push your hands up and reach tall.': 'Empuja las manos hacia arriba y estírate todo lo alto que puedas.',
  'Breathe in as you reach up and keep breathing slowly while you hold.':
    'Toma aire al estirarte hacia arriba y sigue respirando despacio mientras mantienes la postura.',
  'Reach up with your elbows a little bent.': 'Estírate hacia arriba con los codos un poco doblados.',
  'Standing overhead reach': 'Estiramiento hacia arriba de pie',
  'Wall slides': 'Deslizamientos en la pared',
  'Stand facing away from a wall and rest the backs of your hands against it.':
    'Ponte de pie de espaldas a una pared y apoya en ella el dorso de las manos.',
  'Slide your hands slowly up the wall as far as is comfortable.':
    'Desliza las manos despacio hacia arriba por la pared hasta donde te resulte cómodo.',
  'Slide them slowly back down, and keep going at an easy pace.':
    'Deslízalas despacio hacia abajo y sigue así a un ritmo tranquilo.',
  'Breathe in as your hands slide up and out as they come down.':
    'Toma aire cuando las manos suban y suéltalo cuando bajen.',
  'Slide through a smaller range.': 'Desliza las manos en un recorrido más corto.',
  'Keep going for up to a minute. No source gives a length for this one: the times are our suggestion.':
    'Sigue hasta un minuto. Ninguna fuente indica una duración para este ejercicio: los tiempos son una propuesta nuestra.',
  'Belly breathing (lying)': 'Respiración abdominal (boca arriba)',
  'Lie on your back with your knees bent and your head supported.':
    'Túmbate boca arriba con las rodillas dobladas y la cabeza apoyada.',
  'Rest one hand on your upper chest and the other just below your ribs.':
    'Apoya una mano en la parte alta del pecho y la otra justo debajo de las costillas.',
  'Breathe in slowly through your nose so your belly pushes your lower hand out while your chest stays still.':
    'Toma aire despacio por la nariz de modo que el abdomen empuje hacia fuera la mano de abajo mientras el pecho se queda quieto.',
  'Tighten your tummy muscles and breathe out slowly through pursed lips.':
    'Contrae los músculos del abdomen y suelta el aire despacio con los labios fruncidos.',
  'In through the nose with the belly rising; out slowly through pursed lips.':
    'Toma aire por la nariz mientras sube el abdomen; suéltalo despacio con los labios fruncidos.',
  'If you feel dizzy or light-headed, go back to breathing normally.':
    'Si notas mareo o aturdimiento, vuelve a respirar con normalidad.',
  'If you have a medical condition, check with a clinician before making breathing exercises a habit.':
    'Si tienes algún problema de salud, consulta a un profesional sanitario antes de convertir los ejercicios de respiración en un hábito.',
  'Practise for a shorter time at first.': 'Al principio, practica durante menos tiempo.',
  'Gradually work up to 10 minutes.': 'Llega poco a poco a 10 minutos.',
  'Belly breathing (seated)': 'Respiración abdominal (en la silla)',
  'Sit comfortably with your shoulders, head and neck relaxed.':
    'Siéntate cómodamente con los hombros, la cabeza y el cuello relajados.',
  'Lie down to learn it first; it is easier to feel the belly move that way.':
    'Apréndelo primero boca arriba; así es más fácil notar cómo se mueve el abdomen.',
  'Work up to 5–10 minutes at a time.': 'Llega poco a poco a 5–10 minutos seguidos.',
  'Box breathing': 'Respiración cuadrada',
  'Sit upright and relaxed.': 'Siéntate con la espalda recta y el cuerpo relajado.',
  'Breathe in for a count of 4, then hold for 4.': 'Toma aire contando hasta 4 y luego aguanta 4.',
  'Breathe out for a count of 4, then hold for 4. That is one round.':
    'Suelta el aire contando hasta 4 y luego aguanta 4. Eso es una ronda.',
  'Four equal sides: in, hold, out, hold.': 'Cuatro lados iguales: tomar aire, aguantar, soltar, aguantar.',
  'If the holds feel uncomfortable, count to 2 or 3 instead of 4.':
    'Si las pausas te resultan incómodas, cuenta hasta 2 o 3 en lugar de 4.',
  'If you feel light-headed, leave out the holds and breathe normally.':
    'Si notas aturdimiento, no hagas las pausas y respira con normalidad.',
  'Use a count of 2 or 3 on every side of the box.': 'Cuenta hasta 2 o 3 en cada lado del cuadrado.',
  'Carry on for more rounds once 4 feel easy.': 'Haz más rondas cuando 4 te resulten fáciles.',
  '20-20-20 eye break': 'Pausa visual 20-20-20',
  'Look away from your screen.': 'Aparta la vista de la pantalla.',
  'Find something about 6 metres (20 feet) away, such as through a window or across the room.':
    'Busca algo que esté a unos 6 metros (20 pies), por ejemplo a través de una ventana o al otro lado de la habitación.',
  'Rest your gaze on it until the countdown ends.':
    'Deja descansar la mirada en ello hasta que termine la cuenta atrás.',
  'Breathe easily.': 'Respira con calma.',
  'If nothing is that far away, look at the furthest point you can see.':
    'Si no hay nada tan lejos, mira el punto más lejano que puedas ver.',
  'While you look into the distance, blink slowly and fully a few times.':
    'Mientras miras a lo lejos, parpadea despacio y por completo unas cuantas veces.',
}

/** Names and descriptions of the built-in routines (src/shared/routines/routines.ts). */
const routines: Catalog = {
  'Two-minute break': 'Pausa de dos minutos',
  'Get up, reach, loosen your shoulders and rest your eyes: a quick change of posture between tasks.':
    'Levántate, estírate hacia arriba, suelta los hombros y descansa la vista: un cambio rápido de postura entre tareas.',
  'Lower-back relief': 'Alivio de la zona lumbar',
  'Gentle floor movements that ease a stiff or sore lower back. You will need a mat or a rug.':
    'Movimientos suaves en el suelo que alivian una zona lumbar rígida o dolorida. Necesitarás una esterilla o una alfombra.',
  'Upper back and neck': 'Parte alta de la espalda y cuello',
  'Release the neck and shoulders that hunch over a keyboard: seated first, then standing.':
    'Libera el cuello y los hombros que se encorvan sobre el teclado: primero en la silla, luego de pie.',
  'At your desk': 'En tu escritorio',
  'Everything done sitting in your chair, no floor needed: back, neck, shoulders and eyes.':
    'Todo se hace en la silla, sin necesidad de suelo: espalda, cuello, hombros y ojos.',
  'Gentle floor strength': 'Fuerza suave en el suelo',
  'Slow, controlled floor work for your back, hips and tummy. Regular exercise helps long-lasting back pain; no routine is proven to prevent spasms.':
    'Trabajo lento y controlado en el suelo para la espalda, las caderas y el abdomen. El ejercicio regular ayuda con el dolor de espalda de larga duración; ninguna rutina ha demostrado prevenir los espasmos.',
  'Hips and glutes': 'Caderas y glúteos',
  'Loosen the hips and buttocks that tighten after long hours in a chair.':
    'Suelta las caderas y los glúteos que se tensan tras muchas horas en una silla.',
  'Morning mobility': 'Movilidad matutina',
  'Wake up a stiff back and shoulders: standing moves first, then a few on the floor.':
    'Despierta una espalda y unos hombros rígidos: primero movimientos de pie, luego algunos en el suelo.',
  'Wind-down': 'Vuelta a la calma',
  'Slow stretches on the floor, then a few minutes of belly breathing to relax before rest.':
    'Estiramientos lentos en el suelo y luego unos minutos de respiración abdominal para relajarte antes de descansar.',
  'Calm breathing at the desk': 'Respiración tranquila en el escritorio',
  'Settle your posture, then slow your breathing down without leaving your chair.':
    'Acomoda tu postura y luego respira más despacio sin levantarte de la silla.',
}

/** Heat and cold: preset titles and summaries, the safety checklist, the skin check and the pack names (src/shared/therapy). */
const therapy: Catalog = {
  'Spasm or stiffness': 'Espasmo o rigidez',
  'Warmth is the option with trial support in low back pain. About 20 minutes, then a long rest.':
    'El calor es la opción con respaldo de ensayos clínicos en el dolor lumbar. Unos 20 minutos y luego un descanso largo.',
  'Fresh strain or knock (first 48–72 hours)': 'Distensión o golpe reciente (primeras 48–72 horas)',
  'Cold can help in the first days after a clear strain or knock; after that, warmth is suggested instead.':
    'El frío puede ayudar los primeros días tras una distensión o un golpe claros; después, se recomienda usar calor en su lugar.',
  'My own session': 'Mi propia sesión',
  'Choose cold or warmth and a length up to the safe limit.':
    'Elige frío o calor y una duración hasta el límite seguro.',
  'I will keep a towel or cloth between the pack and my skin.':
    'Pondré una toalla o un paño entre la compresa y mi piel.',
  'After about 5 minutes I will lift the pack and look at my skin, and stop if it is very red, blistered, numb or painful.':
    'A los 5 minutos, más o menos, levantaré la compresa y me miraré la piel, y pararé si está muy roja, con ampollas, entumecida o me duele.',
  'I will not put a pack on broken skin, an open wound or skin that looks infected.':
    'No pondré ninguna compresa sobre piel dañada, una herida abierta o piel que parezca infectada.',
  'If I have diabetes, numbness or less feeling in my skin (for example from neuropathy), poor circulation, wounds that are slow to heal, or an infection, I have asked a clinician first.':
    'Si tengo diabetes, entumecimiento o menos sensibilidad en la piel (por ejemplo, por una neuropatía), mala circulación, heridas que tardan en curarse o una infección, he consultado antes a un profesional sanitario.',
  'I will not put heat on an area that has recently swollen up.':
    'No aplicaré calor sobre una zona que se haya hinchado hace poco.',
  'If I am pregnant, I will not put heat on my tummy.': 'Si estoy embarazada, no me aplicaré calor en la barriga.',
  'I will not put heat over an area with a tumour or cancer.':
    'No aplicaré calor sobre una zona con un tumor o un cáncer.',
  'With an electric heat pad I will use the lowest setting that helps, and take it off if it feels too hot.':
    'Con una almohadilla eléctrica usaré la temperatura más baja que me alivie, y me la quitaré si la noto demasiado caliente.',
  'I will not use cold if I have Raynaud’s or react badly to cold.':
    'No usaré frío si tengo el síndrome de Raynaud o si reacciono mal al frío.',
  'I will stay awake while using heat, and not doze off with a cold pack on.':
    'No me dormiré mientras use calor, ni tampoco con una compresa fría puesta.',
  'I will not put heat over a heat rub or other pain cream or gel.':
    'No aplicaré calor sobre una pomada de calor ni sobre otra crema o gel para el dolor.',
  'very red or bright pink skin': 'piel muy roja o de un rosa intenso',
  blisters: 'ampollas',
  numbness: 'entumecimiento',
  pain: 'dolor',
  'Lift the pack and look at your skin. If you see any of these, stop now.':
    'Levanta la compresa y mírate la piel. Si ves alguna de estas señales, detente ahora.',
  'Cold pack': 'Compresa fría',
  'Heat pack': 'Compresa caliente',
}

/** The red-flag checklist: questions, outcome titles and advice, and the region note (src/shared/content/redflags.ts). Each text is exactly as urgent as the English. */
const redFlags: Catalog = {
  'Is it newly hard to start or control peeing, or have you leaked urine or poo without meaning to?':
    '¿Te cuesta desde hace poco empezar a orinar o controlar la orina, o se te han escapado orina o heces sin querer?',
  'new trouble starting or controlling your pee, or leaking urine or poo':
    'problemas nuevos para empezar a orinar o controlar la orina, o escapes de orina o de heces',
  'Have you lost the feeling when you pee, or can you no longer tell whether your bladder is full?':
    '¿Has dejado de notar cuándo orinas, o ya no sabes si tienes la vejiga llena?',
  'not being able to feel when you pee, or not knowing whether your bladder is full':
    'no notar cuándo orinas, o no saber si tienes la vejiga llena',
  'Is there numbness, tingling or less feeling around your bottom or back passage, your genitals or inner thighs (for example when wiping)?':
    '¿Notas entumecimiento, hormigueo o menos sensibilidad alrededor de las nalgas o del ano, en los genitales o en la cara interna de los muslos (por ejemplo, al limpiarte)?',
  'numbness, tingling or less feeling around your bottom or back passage, your genitals or inner thighs':
    'entumecimiento, hormigueo o menos sensibilidad alrededor de las nalgas o del ano, en los genitales o en la cara interna de los muslos',
  'Have you newly lost sexual function or feeling in your genitals?':
    '¿Has perdido desde hace poco la función sexual o la sensibilidad en los genitales?',
  'new loss of sexual function or of feeling in your genitals':
    'pérdida nueva de la función sexual o de la sensibilidad en los genitales',
  'Do you have pain, tingling, numbness or weakness in both legs, or leg weakness that keeps getting worse?':
    '¿Tienes dolor, hormigueo, entumecimiento o debilidad en las dos piernas, o debilidad en las piernas que no deja de empeorar?',
  'pain, tingling, numbness or weakness in both legs, or leg weakness that is getting worse':
    'dolor, hormigueo, entumecimiento o debilidad en las dos piernas, o debilidad en las piernas que va a peor',
  'Are you finding it difficult to walk?': '¿Te cuesta caminar?',
  'finding it difficult to walk': 'dificultad para caminar',
  'Do you have chest pain along with the back pain?': '¿Tienes dolor en el pecho además del dolor de espalda?',
  'chest pain along with the back pain': 'dolor en el pecho además del dolor de espalda',
  'Do you have tummy (abdominal) pain, or a throbbing feeling in your belly, along with the back pain?':
    '¿Tienes dolor de barriga (abdominal), o notas como un latido en la barriga, además del dolor de espalda?',
  'tummy (abdominal) pain, or a throbbing feeling in your belly, along with the back pain':
    'dolor de barriga (abdominal), o sensación de latido en la barriga, además del dolor de espalda',
  'Did the pain start after a serious accident?': '¿Empezó el dolor después de un accidente grave?',
  'back pain that started after a serious accident': 'dolor de espalda que empezó tras un accidente grave',
  'Do you have a high temperature (fever) as well as back pain?':
    '¿Tienes la temperatura alta (fiebre) además del dolor de espalda?',
  'a high temperature (fever) along with back pain': 'temperatura alta (fiebre) además del dolor de espalda',
  'Did the pain start after a fall or a blow to your back?':
    '¿Empezó el dolor después de una caída o de un golpe en la espalda?',
  'pain that started after a fall or a blow to your back': 'dolor que empezó tras una caída o un golpe en la espalda',
  'Does the pain spread down a leg, or is there new weakness, tingling or numbness in a leg?':
    '¿El dolor baja por una pierna, o notas debilidad, hormigueo o entumecimiento nuevos en una pierna?',
  'pain spreading down a leg, or new weakness, tingling or numbness in a leg':
    'dolor que baja por una pierna, o debilidad, hormigueo o entumecimiento nuevos en una pierna',
  'Have you lost weight without trying?': '¿Has perdido peso sin intentarlo?',
  'losing weight without trying': 'perder peso sin proponértelo',
  'Is the pain worse at night or when resting, or does rest not ease it at all?':
    '¿El dolor empeora por la noche o en reposo, o descansar no lo alivia nada?',
  'pain that is worse at night or when resting, or that rest does not ease':
    'dolor que empeora por la noche o en reposo, o que no se alivia al descansar',
  'Does coughing, sneezing or going to the toilet for a poo make the pain worse?':
    '¿Empeora el dolor al toser, al estornudar o al ir al baño a hacer de vientre?',
  'pain made worse by coughing, sneezing or going to the toilet for a poo':
    'dolor que empeora al toser, al estornudar o al ir al baño a hacer de vientre',
  'Is the pain high up between your shoulder blades rather than low down?':
    '¿El dolor está arriba, entre los omóplatos, y no en la parte baja de la espalda?',
  'pain high up between your shoulder blades rather than low down':
    'dolor arriba, entre los omóplatos, y no en la parte baja de la espalda',
  'Have you noticed a lump or swelling on your back, or a change in its shape?':
    '¿Has notado un bulto o una hinchazón en la espalda, o un cambio en su forma?',
  'a lump or swelling on your back, or a change in its shape':
    'un bulto o una hinchazón en la espalda, o un cambio en su forma',
  'Have you ever had cancer?': '¿Has tenido cáncer alguna vez?',
  'having had cancer': 'haber tenido cáncer',
  'Have you recently had a urinary infection, or noticed a change in how your bladder works?':
    '¿Has tenido hace poco una infección de orina, o has notado algún cambio en cómo funciona tu vejiga?',
  'a recent urinary infection, or a change in how your bladder works':
    'una infección de orina reciente, o un cambio en cómo funciona tu vejiga',
  'Has the pain not started to get better after a few weeks of looking after it yourself?':
    '¿El dolor no ha empezado a mejorar después de unas semanas cuidándote por tu cuenta?',
  'pain that has not started to get better after a few weeks of looking after it yourself':
    'dolor que no ha empezado a mejorar tras unas semanas cuidándote por tu cuenta',
  'Is the pain stopping you from doing everyday things, or are you worried or finding it hard to cope?':
    '¿El dolor te impide hacer las cosas del día a día, o te preocupa o te cuesta sobrellevarlo?',
  'pain that stops you doing everyday things, or that leaves you worried or finding it hard to cope':
    'dolor que te impide hacer las cosas del día a día, o que te preocupa o te cuesta sobrellevar',
  'Do your spasms keep coming back even though you look after your back?':
    '¿Tus espasmos siguen volviendo aunque cuidas la espalda?',
  'spasms that keep coming back even though you look after your back':
    'espasmos que siguen volviendo aunque cuidas la espalda',
  'None of these apply to me': 'No me pasa ninguna de estas',
  'Tick each warning sign you have. If you have none of them, choose “None of these apply to me”.':
    'Marca cada señal de alarma que tengas. Si no tienes ninguna, elige «No me pasa ninguna de estas».',
  'Get emergency care now': 'Busca atención de emergencia ahora',
  'Call your emergency number or go to an emergency department (A&E) now. Do not drive yourself there.':
    'Llama ahora a tu número de emergencias o ve al servicio de emergencias de un hospital. No vayas conduciendo tú.',
  'Get medical advice today': 'Pide consejo médico hoy',
  'Contact your doctor (GP) or an urgent advice line today. Do not wait to see if it passes.':
    'Contacta hoy con tu médico (de cabecera) o con una línea de atención sanitaria urgente. No esperes a ver si se pasa.',
  'Book an appointment': 'Pide una cita',
  'Arrange to see your doctor (GP) or a physiotherapist. It is not an emergency, but it is worth a check.':
    'Pide cita con tu médico (de cabecera) o con un fisioterapeuta. No es una emergencia, pero conviene que te lo revisen.',
  'Looking after yourself is reasonable': 'Cuidarte por tu cuenta es razonable',
  'Nothing you answered points to a need for a doctor right now. Keep gently active, try heat, and check again if anything changes.':
    'Nada de lo que has respondido indica que necesites un médico ahora mismo. Mantén una actividad suave, prueba el calor y vuelve a comprobarlo si algo cambia.',
  'These signs come mostly from UK NHS guidance. Use the emergency and urgent advice services where you live.':
    'Estas señales proceden sobre todo de las guías del NHS británico. Usa los servicios de emergencias y de atención urgente del lugar donde vives.',
}

/** Spanish for the practice and safety content defined in shared data; the English text is the key. */
export const practiceContent: Catalog = { ...exercises, ...routines, ...therapy, ...redFlags }
