import type { Catalog } from '../catalog'

/** The first-run setup, "remind me now anyway" and the commands behind them. */
export const firstRun: Catalog = {
  'Whether setup is done must be true or false.': 'Si la configuración está hecha debe ser verdadero o falso.',
  'A break prompt is already showing.': 'Ya se está mostrando un aviso de pausa.',
  'Reminders are already on now.': 'Los recordatorios ya están activos ahora.',

  // The setup
  'Set up Unknot': 'Configurar Unknot',
  'Run setup again': 'Volver a configurar',
  'Step {{step}} of {{total}}': 'Paso {{step}} de {{total}}',
  'Welcome to Unknot': 'Te damos la bienvenida a Unknot',
  'Unknot notices when you have been sitting for a long stretch and reminds you to stand up and move. It also guides short stretch routines, times heat and cold packs, and explains back spasms in plain words.':
    'Unknot se da cuenta de cuándo llevas mucho rato sentado y te recuerda que te levantes y te muevas. También te guía en rutinas cortas de estiramiento, cronometra las compresas de calor y de frío y explica los espasmos de espalda con palabras sencillas.',
  'What Unknot is not': 'Lo que Unknot no es',
  'It is not medical advice, and it cannot tell what is causing your pain.':
    'No es consejo médico, y no puede saber qué causa tu dolor.',
  'It does not replace a doctor or a physiotherapist.': 'No sustituye a un médico ni a un fisioterapeuta.',
  'It never reads what you type: it only notices how long since your last key press or mouse move.':
    'Nunca lee lo que escribes: solo se fija en cuánto hace de tu última pulsación de tecla o movimiento del ratón.',
  'If your pain is severe, new or worrying, look at the warning signs first:':
    'Si tu dolor es fuerte, nuevo o te preocupa, mira primero las señales de alarma:',
  'When do you work?': '¿Cuándo trabajas?',
  'Reminders come only in these hours. Outside them, sitting is not counted.':
    'Los recordatorios llegan solo en este horario. Fuera de él, el tiempo sentado no se cuenta.',
  'Choose at least one working day.': 'Elige al menos un día laborable.',
  'How often should you stand up?': '¿Cada cuánto deberías levantarte?',
  'Stand up after this much sitting': 'Levantarme tras este tiempo sentado',
  '{{minutes}} minutes': '{{minutes}} minutos',
  'Time away from the desk is not sitting: a few minutes without a key press or mouse move count as a break.':
    'El tiempo lejos del escritorio no cuenta como sentado: unos minutos sin pulsar una tecla ni mover el ratón cuentan como pausa.',
  'Micro-breaks and water': 'Micropausas y agua',
  'Both are optional. How often each comes, and for how long, can be changed in Settings at any time.':
    'Las dos son opcionales. Cada cuánto llegan, y cuánto duran, se puede cambiar en Ajustes cuando quieras.',
  'Micro-breaks: now and then, look away from the screen and sit tall for a few seconds':
    'Micropausas: de vez en cuando, apartar la vista de la pantalla y sentarte erguido unos segundos',
  'Water: now and then, a reminder to fetch a drink':
    'Agua: de vez en cuando, un recordatorio para ir a por algo de beber',
  'Try a break now': 'Probar una pausa ahora',
  'When a break is due, a prompt like this one appears on Today, and a notification comes with it even while the window is closed.':
    'Cuando toca una pausa, aparece en Hoy un aviso como este, y con él llega una notificación aunque la ventana esté cerrada.',
  'This is a preview: its buttons only close it, and it is not counted.':
    'Esto es una vista previa: sus botones solo la cierran, y no se cuenta.',
  'How firm should breaks be?': '¿Cómo de firmes deben ser las pausas?',
  'Stretch breaks and micro-breaks': 'Pausas para estirar y micropausas',
  Gentle: 'Suave',
  'A notification and a prompt on Today; you can snooze or skip it and carry on.':
    'Una notificación y un aviso en Hoy; puedes posponerlo o saltarlo y seguir con lo tuyo.',
  Firm: 'Firme',
  'A break screen covers every display, with Snooze and Skip still on it.':
    'Una pantalla de pausa cubre cada monitor, y en ella siguen estando Posponer y Saltar.',
  Strict: 'Estricto',
  'A break screen without Snooze or Skip; you can leave early only a few times a day, as set in Settings.':
    'Una pantalla de pausa sin Posponer ni Saltar; solo puedes salir antes unas pocas veces al día, según lo que fijes en Ajustes.',
  'Your answers so far are still here. Nothing is saved until you finish.':
    'Tus respuestas hasta ahora siguen aquí. No se guarda nada hasta que termines.',
  Next: 'Siguiente',
  Finish: 'Terminar',
  'Skip setup': 'Saltar la configuración',

  // Today outside working hours
  'Outside working hours. Reminders start today at {{time}}.':
    'Fuera del horario laboral. Los recordatorios empiezan hoy a las {{time}}.',
  'Outside working hours. Reminders start tomorrow at {{time}}.':
    'Fuera del horario laboral. Los recordatorios empiezan mañana a las {{time}}.',
  'Outside working hours. Reminders start {{day}} at {{time}}.':
    'Fuera del horario laboral. Los recordatorios empiezan el {{day}} a las {{time}}.',
  'Remind me now anyway': 'Recordármelo igualmente ahora',
}
