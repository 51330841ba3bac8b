import type { Catalog } from '../catalog'

export const uiCore: Catalog = {
  // Shell
  Today: 'Hoy',
  Routines: 'Rutinas',
  Therapy: 'Terapia',
  Learn: 'Aprender',
  Journal: 'Diario',
  Settings: 'Ajustes',
  Main: 'Principal',
  'Is this serious?': '¿Es grave?',
  'Skip to content': 'Saltar al contenido',
  'Starting…': 'Iniciando…',
  'It is kept only until this tab is closed.': 'Solo se conserva hasta que cierres esta pestaña.',
  'Unknot could not finish loading. Your data is safe; reloading the page usually fixes this.':
    'Unknot no ha podido terminar de cargarse. Tus datos están a salvo; al recargar la página se suele arreglar.',
  Reload: 'Recargar',
  // A screen whose code loads on first use (src/renderer/src/screens/on-first-use.tsx)
  'Loading…': 'Cargando…',
  'This screen could not be loaded. Check your connection, then try again.':
    'No se pudo cargar esta pantalla. Comprueba tu conexión y vuelve a intentarlo.',
  'Try again': 'Reintentar',
  'Unknot offers general information and reminders, not medical advice. If your pain is severe, new or worrying, contact a health professional.':
    'Unknot ofrece información general y recordatorios, no consejo médico. Si tu dolor es intenso, nuevo o te preocupa, consulta a un profesional de la salud.',
  'Unknot could not reach its companion.': 'Unknot no pudo comunicarse con su servicio interno.',
  // The reason given when this browser's stored settings cannot be read (src/renderer/src/host/browser-storage.ts)
  'it is not valid JSON': 'no es un JSON válido',

  // Today: the break prompt
  'Time for a micro-break': 'Hora de una micropausa',
  'Time for a water break': 'Hora de una pausa para beber agua',
  'Stand up and move for {{count}} minutes. The break routine guides you through a few gentle moves._one':
    'Levántate y muévete durante {{count}} minuto. La rutina de pausa te guía con unos movimientos suaves.',
  'Stand up and move for {{count}} minutes. The break routine guides you through a few gentle moves._many':
    'Levántate y muévete durante {{count}} minutos. La rutina de pausa te guía con unos movimientos suaves.',
  'Stand up and move for {{count}} minutes. The break routine guides you through a few gentle moves._other':
    'Levántate y muévete durante {{count}} minutos. La rutina de pausa te guía con unos movimientos suaves.',
  'Look at something about 20 feet (6 metres) away for {{seconds}} seconds and sit tall.':
    'Mira algo a unos 6 metros (20 pies) de distancia durante {{seconds}} segundos y siéntate con la espalda recta.',
  'Your water reminder, as you set it. Drink as you normally would; the short walk to fetch a glass is a break too.':
    'Tu recordatorio de agua, tal como lo configuraste. Bebe como lo harías normalmente; el paseo corto para ir por un vaso también es una pausa.',
  'Break length: {{length}}': 'Duración de la pausa: {{length}}',
  'You have put this break off {{count}} times in a row. Your back will thank you for two minutes now._one':
    'Has pospuesto esta pausa {{count}} vez seguida. Tu espalda te agradecerá dos minutos ahora.',
  'You have put this break off {{count}} times in a row. Your back will thank you for two minutes now._many':
    'Has pospuesto esta pausa {{count}} veces seguidas. Tu espalda te agradecerá dos minutos ahora.',
  'You have put this break off {{count}} times in a row. Your back will thank you for two minutes now._other':
    'Has pospuesto esta pausa {{count}} veces seguidas. Tu espalda te agradecerá dos minutos ahora.',
  'Snooze {{minutes}} min': 'Posponer {{minutes}} min',

  // Today: the countdown and its status
  'Next break in': 'Próxima pausa en',
  'No reminders are switched on. Choose them in Settings.': 'No hay recordatorios activados. Elígelos en Ajustes.',
  '{{duration}} of sitting': '{{duration}} de tiempo sentado',
  'A stretch break, counted in sitting time.': 'Una pausa para estirar, contada en tiempo sentado.',
  'A stretch break, counted in sitting time (waiting while time does not count).':
    'Una pausa para estirar, contada en tiempo sentado (en espera mientras el tiempo no cuenta).',
  'A micro-break, counted in sitting time.': 'Una micropausa, contada en tiempo sentado.',
  'A micro-break, counted in sitting time (waiting while time does not count).':
    'Una micropausa, contada en tiempo sentado (en espera mientras el tiempo no cuenta).',
  'A water break, counted in sitting time.': 'Una pausa para beber agua, contada en tiempo sentado.',
  'A water break, counted in sitting time (waiting while time does not count).':
    'Una pausa para beber agua, contada en tiempo sentado (en espera mientras el tiempo no cuenta).',
  'Sitting: your time at the desk counts toward your next break.':
    'Sentado: tu tiempo ante el escritorio cuenta para tu próxima pausa.',
  'In a call — your break comes when it ends.': 'En una llamada; tu pausa llegará cuando termine.',
  'Presenting — your break comes when you stop.': 'Presentando; tu pausa llegará cuando termines.',
  'Meeting until {{time}} (calendar) — your break comes when it ends.':
    'Reunión hasta las {{time}} (calendario); tu pausa llegará cuando termine.',
  'A break is due.': 'Toca una pausa.',
  'On a break.': 'En una pausa.',
  'Snoozed.': 'Pospuesto.',
  'Snoozed for {{duration}} more.': 'Pospuesto {{duration}} más.',
  'In a meeting: reminders wait.': 'En una reunión: los recordatorios esperan.',
  'In a meeting: reminders wait {{duration}} more.': 'En una reunión: los recordatorios esperan {{duration}} más.',
  'Paused until you resume.': 'En pausa hasta que los reanudes.',
  'Paused until {{time}}.': 'En pausa hasta las {{time}}.',
  'Away from the desk: this time does not count as sitting.':
    'Lejos del escritorio: este tiempo no cuenta como tiempo sentado.',
  'Outside working hours: no reminders now.': 'Fuera del horario laboral: ahora no hay recordatorios.',

  // Today: on a break
  'On a stretch break: <0>{{time}}</0> left': 'En pausa para estirar: quedan <0>{{time}}</0>',
  'On a micro-break: <0>{{time}}</0> left': 'En micropausa: quedan <0>{{time}}</0>',
  'On a water break: <0>{{time}}</0> left': 'En pausa para beber agua: quedan <0>{{time}}</0>',
  '{{duration}} left': 'quedan {{duration}}',
  'Open the break routine': 'Abrir la rutina de pausa',
  'End break': 'Terminar pausa',

  // Today: controls
  'Break controls': 'Controles de pausas',
  'Resume reminders': 'Reanudar recordatorios',
  'Pause reminders': 'Pausar recordatorios',
  '1 hour': '1 hora',
  'Until tomorrow': 'Hasta mañana',
  'Until I resume': 'Hasta que los reanude',
  'Meeting over': 'Terminó la reunión',
  'I’m in a meeting': 'Estoy en una reunión',

  // Today: summary
  'Today so far': 'Hoy hasta ahora',
  'Breaks taken': 'Pausas tomadas',
  'Natural breaks (time away)': 'Pausas naturales (tiempo fuera)',
  Skipped: 'Saltadas',
  Snoozed: 'Pospuestas',
  'Time sitting': 'Tiempo sentado',
  'Longest stretch without a break': 'Tramo más largo sin pausa',
  'You have skipped {{count}} stretch breaks in a row. That is your call; a short one now may keep a spasm away._one':
    'Te has saltado {{count}} pausa para estirar seguida. Tú decides; una corta ahora puede evitar un espasmo.',
  'You have skipped {{count}} stretch breaks in a row. That is your call; a short one now may keep a spasm away._many':
    'Te has saltado {{count}} pausas para estirar seguidas. Tú decides; una corta ahora puede evitar un espasmo.',
  'You have skipped {{count}} stretch breaks in a row. That is your call; a short one now may keep a spasm away._other':
    'Te has saltado {{count}} pausas para estirar seguidas. Tú decides; una corta ahora puede evitar un espasmo.',

  // Settings: reminders
  'Stretch breaks': 'Pausas para estirar',
  'Remind me to stand up and stretch': 'Recordarme levantarme y estirarme',
  'Every (minutes of sitting)': 'Cada (minutos de tiempo sentado)',
  'Stretch break length': 'Duración de la pausa para estirar',
  min: 'min',
  s: 's',
  times: 'veces',
  'in a row': 'seguidas',
  'A break every 30 minutes of sitting comes from the sources below; the 3-minute length is Unknot’s own choice.':
    'Una pausa cada 30 minutos sentado viene de las fuentes de abajo; la duración de 3 minutos es una elección propia de Unknot.',
  'Micro-breaks (posture and eyes)': 'Micropausas (postura y vista)',
  'Remind me to look away and sit tall': 'Recordarme mirar a lo lejos y sentarme con la espalda recta',
  'Micro-break every': 'Micropausa cada',
  'Micro-break length': 'Duración de la micropausa',
  'Looking 20 feet away for 20 seconds (the 20-20-20 rule) comes from the source below; the 10-minute interval is Unknot’s own choice.':
    'Mirar a 6 metros (20 pies) durante 20 segundos (la regla 20-20-20) viene de la fuente de abajo; el intervalo de 10 minutos es una elección propia de Unknot.',
  Water: 'Agua',
  'Remind me to drink water': 'Recordarme beber agua',
  'Water reminder every': 'Recordatorio de agua cada',
  'A reminder only if you want one. No source gives a water interval: 60 minutes is Unknot’s own default, not advice to drink more.':
    'Un recordatorio solo si lo quieres. Ninguna fuente indica un intervalo para beber agua: 60 minutos es el valor propio de Unknot, no un consejo para beber más.',
  'Snoozing and skipping': 'Posponer y saltar',
  'Snoozes allowed in a row': 'Aplazamientos seguidos permitidos',
  'Snooze lengths offered': 'Cuánto se puede posponer',
  '{{minutes}} minutes': '{{minutes}} minutos',
  'Mention skipped breaks after': 'Avisar de pausas saltadas tras',
  'Working hours': 'Horario laboral',
  'Working days': 'Días laborables',
  Monday: 'Lunes',
  Tuesday: 'Martes',
  Wednesday: 'Miércoles',
  Thursday: 'Jueves',
  Friday: 'Viernes',
  Saturday: 'Sábado',
  Sunday: 'Domingo',
  'Start time': 'Hora de inicio',
  'End time': 'Hora de fin',
  '24-hour clock, such as 09:00': 'Formato de 24 horas, por ejemplo 09:00',
  '24-hour clock, such as 18:00': 'Formato de 24 horas, por ejemplo 18:00',
  'Remind me outside working hours': 'Recordarme fuera del horario laboral',
  'Sleep and lock': 'Suspensión y bloqueo',
  'When the computer sleeps or locks': 'Cuando el ordenador se suspende o se bloquea',
  'Stop counting, and count the time away as a break if it was long enough':
    'Dejar de contar, y contar el tiempo fuera como pausa si fue lo bastante largo',
  'Stop counting, but never count it as a break': 'Dejar de contar, pero nunca contarlo como pausa',
  'Keep counting as if I were still working': 'Seguir contando como si siguiera trabajando',

  // Settings: sound and appearance
  Sound: 'Sonido',
  'Soft chimes': 'Campanillas suaves',
  'Spoken cues': 'Indicaciones habladas',
  Volume: 'Volumen',
  Appearance: 'Apariencia',
  Theme: 'Tema',
  Language: 'Idioma',
  'Follow the system': 'Seguir el sistema',
  Light: 'Claro',
  Dark: 'Oscuro',
  'Saved.': 'Guardado.',
  'Saved. It is kept only until this tab is closed.': 'Guardado. Solo se conserva hasta que cierres esta pestaña.',
  'Not saved: please correct the highlighted field.': 'No se guardó: corrige el campo marcado.',
  'Restore defaults': 'Restablecer valores',

  // Settings: host
  'Calls: Unknot notices when another program uses the camera or microphone.':
    'Llamadas: Unknot nota cuando otro programa usa la cámara o el micrófono.',
  'Calls: Unknot cannot tell on this system when a call is on. Use “I’m in a meeting” instead.':
    'Llamadas: en este sistema Unknot no puede saber cuándo estás en una llamada. Usa «Estoy en una reunión».',
  'Calls: the camera and microphone check failed, so calls are not noticed. Use “I’m in a meeting”.':
    'Llamadas: falló la comprobación de la cámara y el micrófono, así que no se notan las llamadas. Usa «Estoy en una reunión».',
  'Calendar: meetings in your calendar hold your breaks.':
    'Calendario: las reuniones de tu calendario hacen esperar a tus pausas.',
  'Calendar: not read yet.': 'Calendario: aún sin leer.',
  'Calendar: your calendar could not be read; nothing else changed.':
    'Calendario: no se pudo leer tu calendario; nada más ha cambiado.',
  'Presenting: Unknot notices a fullscreen window in front and holds your breaks.':
    'Presentaciones: Unknot nota una ventana a pantalla completa delante y hace esperar a tus pausas.',
  'Presenting: Unknot cannot tell on this system when you present.':
    'Presentaciones: en este sistema Unknot no puede saber cuándo presentas.',
  'Presenting: the fullscreen check failed, so presenting is not noticed.':
    'Presentaciones: falló la comprobación de pantalla completa, así que no se notan las presentaciones.',
  'Sitting and away': 'Sentado y ausente',
  'Count me as away after … minutes of no input': 'Considerarme ausente tras … minutos sin actividad',
  'Shorter pauses (reading, thinking, listening) still count as sitting; a longer one is time away, and a break if it lasts as long as the break.':
    'Las pausas más cortas (leer, pensar, escuchar) siguen contando como tiempo sentado; una más larga es tiempo fuera, y cuenta como pausa si dura lo que dura la pausa.',
  'Tell me quietly when a call runs past': 'Avisarme en silencio cuando una llamada pase de',
  'The web companion cannot see calls or other windows; tell it when you are in a meeting with “I’m in a meeting”.':
    'El compañero web no puede ver llamadas ni otras ventanas; dile cuándo estás en una reunión con «Estoy en una reunión».',
  'What Unknot can see': 'Lo que Unknot puede ver',
  'Last read {{time}}.': 'Última lectura: {{time}}.',
  'Breaks noticed while you are away': 'Pausas detectadas mientras no estás',
  'Unknot reads how long the whole computer has been idle, so time away from the desk counts as a break.':
    'Unknot lee cuánto tiempo lleva inactivo todo el ordenador, así que el tiempo lejos del escritorio cuenta como pausa.',
  'Unknot uses your browser’s idle detection, so time away from the computer counts as a break.':
    'Unknot usa la detección de inactividad de tu navegador, así que el tiempo lejos del ordenador cuenta como pausa.',
  'Unknot can only see activity in this page. Time in other windows counts as work, and a break counts only when this page sits untouched.':
    'Unknot solo puede ver la actividad en esta página. El tiempo en otras ventanas cuenta como trabajo, y una pausa solo cuenta cuando nadie toca esta página.',
  'Your system has reported no idle time at all for over an hour, so Unknot cannot notice when you step away. This happens on some Linux desktops (Wayland). Take breaks from the Today screen, or sign in to an X11 session or enable your desktop’s idle-time service if it has one.':
    'Tu sistema no ha informado de ningún tiempo de inactividad en más de una hora, así que Unknot no puede notar cuando te alejas. Esto pasa en algunos escritorios Linux (Wayland). Toma las pausas desde la pantalla Hoy, o inicia una sesión X11 o activa el servicio de inactividad de tu escritorio si lo tiene.',
  Desktop: 'Escritorio',
  'Start Unknot when I log in': 'Abrir Unknot al iniciar sesión',
  'Global shortcut to start a stretch': 'Atajo global para empezar a estirar',
  Shortcut: 'Atajo',
  'For example CommandOrControl+Alt+S': 'Por ejemplo CommandOrControl+Alt+S',
  'Starting at login and a global shortcut are available in the desktop app.':
    'Abrir al iniciar sesión y el atajo global están disponibles en la aplicación de escritorio.',
  'Notifications are allowed.': 'Las notificaciones están permitidas.',
  'This browser cannot show notifications; reminders appear in this page.':
    'Este navegador no puede mostrar notificaciones; los recordatorios aparecen en esta página.',
  'Notifications are blocked: ask again': 'Notificaciones bloqueadas: volver a pedir',
  'Allow notifications': 'Permitir notificaciones',
  'Notice when I step away from the computer': 'Detectar cuando me alejo del ordenador',
  'Idle detection was not allowed; activity in this page is used.':
    'No se permitió la detección de inactividad; se usa la actividad en esta página.',

  // The break screen (screens/break-screen)
  'Break time': 'Hora de la pausa',
  'About {{minutes}} min left.': 'Quedan unos {{minutes}} min.',
  'Your break is on the other screen.': 'Tu pausa está en la otra pantalla.',
  'Hold to leave early': 'Mantén pulsado para salir antes',
  '{{count}} early exits left today. Hold Esc for 3 seconds, or type the word below, to leave early._one':
    'Te queda {{count}} salida anticipada hoy. Mantén Esc pulsada 3 segundos, o escribe la palabra de abajo, para salir antes.',
  '{{count}} early exits left today. Hold Esc for 3 seconds, or type the word below, to leave early._many':
    'Te quedan {{count}} salidas anticipadas hoy. Mantén Esc pulsada 3 segundos, o escribe la palabra de abajo, para salir antes.',
  '{{count}} early exits left today. Hold Esc for 3 seconds, or type the word below, to leave early._other':
    'Te quedan {{count}} salidas anticipadas hoy. Mantén Esc pulsada 3 segundos, o escribe la palabra de abajo, para salir antes.',
  'Type “{{word}}” to leave early': 'Escribe «{{word}}» para salir antes',
  // the words a strict break asks to be typed (shared/hosting/break-screen.ts): short, no accents to type
  meadow: 'prado',
  river: 'arroyo',
  cloud: 'nube',
  pebble: 'piedra',
  forest: 'bosque',
  window: 'ventana',
  garden: 'huerto',
  lantern: 'farol',
  'Start now': 'Empezar ya',
  'No early exits left today: this break runs to its end.':
    'Hoy no te quedan salidas anticipadas: esta pausa dura hasta el final.',
  'Esc ends the break.': 'Esc termina la pausa.',
  'Esc skips this break.': 'Esc salta esta pausa.',

  // Break modes in Settings (screens/settings/BreakModeSettings.tsx)
  'Gentle: a notification and the prompt': 'Suave: una notificación y el aviso',
  'Firm: a break screen on every display, with Snooze and Skip':
    'Firme: una pantalla de pausa en cada monitor, con Posponer y Saltar',
  'Strict: a break screen without Snooze or Skip': 'Estricto: una pantalla de pausa sin Posponer ni Saltar',
  'Micro-breaks': 'Micropausas',
  'Water breaks': 'Pausas para beber agua',
  'How breaks ask for your screen': 'Cómo piden las pausas tu pantalla',
  'Early exits from a strict break': 'Salidas anticipadas de una pausa estricta',
  'a day': 'al día',
  'Calls, meetings and presentations hold every break, strict ones too: a break screen never covers a call.':
    'Las llamadas, reuniones y presentaciones retienen todas las pausas, también las estrictas: una pantalla de pausa nunca tapa una llamada.',
}
