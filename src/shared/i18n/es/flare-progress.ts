import type { Catalog } from '../catalog'

/** Flare mode (Today, the routine library, the journal's chart, the tray) and the week's progress on Today. */
export const flareProgress: Catalog = {
  // The flare mode card on Today
  'You logged a strong spasm.': 'Has anotado un espasmo fuerte.',
  'You logged spasms close together.': 'Has anotado espasmos muy seguidos.',
  'Try flare mode for a few days?': '¿Probar el modo brote unos días?',
  'Flare mode keeps you moving gently while your back is sore: a stretch break every {{minutes}} minutes of sitting (our own choice of rhythm), only gentle routines, and the heat timer one click away. Staying active is better for a sore back than resting in bed, though nothing here makes a spasm pass sooner. You can end it any time.':
    'El modo brote te ayuda a seguir moviéndote con suavidad mientras te duele la espalda: una pausa para estirar cada {{minutes}} minutos sentado (un ritmo que elegimos nosotros), solo rutinas suaves y el temporizador de calor a un clic. Mantenerse activo le sienta mejor a una espalda dolorida que guardar cama, aunque nada de esto hace que un espasmo pase antes. Puedes terminarlo cuando quieras.',
  'Turn on flare mode': 'Activar el modo brote',
  'Not now': 'Ahora no',
  'Feeling better? Back to your usual rhythm': '¿Te encuentras mejor? Vuelve a tu ritmo de siempre',
  'No spasm of 4 or more for 3 days. Your own settings come back exactly as they were.':
    'Tres días sin ningún espasmo de 4 o más. Tus ajustes vuelven tal como los tenías.',
  'Back to my usual rhythm': 'Volver a mi ritmo de siempre',
  'Not yet': 'Todavía no',
  'Flare mode is on until {{when}}': 'Modo brote activado hasta: {{when}}',
  'A stretch break every {{minutes}} minutes of sitting and only gentle routines. Keep moving gently, and stop anything that makes the pain worse.':
    'Una pausa para estirar cada {{minutes}} minutos sentado y solo rutinas suaves. Sigue moviéndote con suavidad y deja cualquier cosa que empeore el dolor.',
  'Heat pack timer': 'Temporizador de calor',
  'Check for warning signs': 'Comprobar señales de alarma',
  'No need to check': 'No hace falta comprobarlo',
  'End flare mode': 'Terminar el modo brote',
  // The routine library during flare mode
  'Flare mode is on: only gentle routines, with no floor strength work and no deep forward bends.':
    'El modo brote está activado: solo rutinas suaves, sin trabajo de fuerza en el suelo ni flexiones profundas hacia delante.',
  'Flare mode is on: every routine is shown, including floor strength work and deep bends.':
    'El modo brote está activado: se muestran todas las rutinas, incluidas las de fuerza en el suelo y las flexiones profundas.',
  'Show all routines': 'Mostrar todas las rutinas',
  // The journal's weekly chart
  'Days in flare mode': 'Días en modo brote',
  'Days in flare mode (shaded, left scale)': 'Días en modo brote (sombreado, escala izquierda)',
  // The tray
  'Flare mode until {{day}} {{time}}': 'Modo brote hasta: {{day}}, {{time}}',
  // Refusals
  'Your flare mode could not be read.': 'No se pudo leer tu modo brote.',
  'Flare mode is not on offer right now.': 'Ahora mismo no se ofrece el modo brote.',
  'Flare mode is already off.': 'El modo brote ya está desactivado.',
  'The daily break goal must be a number.': 'La meta diaria de pausas debe ser un número.',
  'The daily break goal must be a whole number.': 'La meta diaria de pausas debe ser un número entero.',
  'The daily break goal must be at least 1 break.': 'La meta diaria de pausas debe ser de al menos 1 pausa.',
  'The daily break goal must be at most 20 breaks.': 'La meta diaria de pausas debe ser de 20 pausas como máximo.',
  // The week on Today
  'Your week': 'Tu semana',
  'Streak: {{count}} working days with at least {{goal}} breaks_one':
    'Racha: {{count}} día laborable con al menos {{goal}} pausas',
  'Streak: {{count}} working days with at least {{goal}} breaks_many':
    'Racha: {{count}} días laborables con al menos {{goal}} pausas',
  'Streak: {{count}} working days with at least {{goal}} breaks_other':
    'Racha: {{count}} días laborables con al menos {{goal}} pausas',
  'Today counts already.': 'Hoy ya cuenta.',
  'Days off and days away never break it.': 'Los días libres y los días que no estás nunca la rompen.',
  'Breaks, routines and minutes of stretching, last {{count}} days_one':
    'Pausas, rutinas y minutos de estiramiento, último día',
  'Breaks, routines and minutes of stretching, last {{count}} days_many':
    'Pausas, rutinas y minutos de estiramiento, últimos {{count}} días',
  'Breaks, routines and minutes of stretching, last {{count}} days_other':
    'Pausas, rutinas y minutos de estiramiento, últimos {{count}} días',
  'Breaks taken, prompted or natural (bars, left scale)':
    'Pausas tomadas, avisadas o naturales (barras, escala izquierda)',
  'Breaks taken, prompted or natural': 'Pausas tomadas, avisadas o naturales',
  'Routines finished (dots, left scale)': 'Rutinas terminadas (puntos, escala izquierda)',
  'Minutes of stretching (line, right scale)': 'Minutos de estiramiento (línea, escala derecha)',
  'Your week, day by day': 'Tu semana, día a día',
  'Routines finished': 'Rutinas terminadas',
  'Minutes of stretching': 'Minutos de estiramiento',
  Count: 'Número',
  // Breaks beside spasms on the journal screen
  'Breaks and spasms, week by week': 'Pausas y espasmos, semana a semana',
  'On weeks you took {{threshold}} or more breaks a day, you logged fewer spasms: {{many}} a week on average, against {{fewer}} in the other weeks. That is a pattern in your own numbers, not proof that breaks prevent spasms.':
    'Las semanas en que hiciste {{threshold}} pausas o más al día anotaste menos espasmos: {{many}} por semana de media, frente a {{fewer}} en las demás semanas. Es una pauta en tus propios datos, no una prueba de que las pausas eviten los espasmos.',
  'After 4 weeks of breaks, Unknot says here whether your weeks with more breaks had fewer spasms.':
    'Tras 4 semanas de pausas, Unknot te dirá aquí si tus semanas con más pausas tuvieron menos espasmos.',
  'Breaks a day and spasms logged, per week': 'Pausas al día y espasmos anotados, por semana',
  'Breaks a day at the desk': 'Pausas al día en el escritorio',
  'Spasms logged': 'Espasmos anotados',
  'no data': 'sin datos',
  // The break history in the journal's files
  'A break is a stretch, micro or water break.':
    'Una pausa es para estirar, una micropausa o una pausa para beber agua.',
  'A break was taken, natural, snoozed or skipped.': 'Una pausa se tomó, fue natural, se pospuso o se saltó.',
  'The file’s break history is not a list.': 'El historial de pausas del archivo no es una lista.',
  'Break {{number}}: {{problem}}': 'Pausa {{number}}: {{problem}}',
  'Break {{number}}, {{field}}: {{problem}}': 'Pausa {{number}}, {{field}}: {{problem}}',
  'Added {{count}} breaks to your break history._one': 'Se añadió {{count}} pausa a tu historial de pausas.',
  'Added {{count}} breaks to your break history._many': 'Se añadieron {{count}} pausas a tu historial de pausas.',
  'Added {{count}} breaks to your break history._other': 'Se añadieron {{count}} pausas a tu historial de pausas.',
  // Settings
  Progress: 'Progreso',
  'Breaks a working day for the streak': 'Pausas por día laborable para la racha',
  breaks: 'pausas',
}
