import type { Catalog } from '../catalog'

/** The desktop host's tray, notifications and dialogs (and the browser host's notifications). */
export const host: Catalog = {
  // Notifications (src/shared/alerts.ts)
  'Time for a stretch break': 'Hora de una pausa para estirar',
  'A couple of minutes of gentle movement. Open Unknot to start.':
    'Un par de minutos de movimiento suave. Abre Unknot para empezar.',
  'Micro-break': 'Micropausa',
  'Look at something about 20 feet (6 m) away for 20 seconds, and sit tall.':
    'Mira algo a unos 6 m (20 pies) de distancia durante 20 segundos y siéntate con la espalda recta.',
  'Water break': 'Pausa para beber agua',
  'The water reminder you set: a short walk for a drink, if you want one.':
    'El recordatorio de agua que configuraste: un paseo corto para beber algo, si te apetece.',
  'Your call ended: time to stand up': 'Tu llamada terminó: hora de ponerte de pie',
  'Your meeting ended: time to stand up': 'Tu reunión terminó: hora de ponerte de pie',
  'You stopped presenting: time to stand up': 'Dejaste de presentar: hora de ponerte de pie',
  'Break in {{count}} seconds_one': 'Pausa en {{count}} segundo',
  'Break in {{count}} seconds_many': 'Pausa en {{count}} segundos',
  'Break in {{count}} seconds_other': 'Pausa en {{count}} segundos',
  'Unknot: break in under a minute': 'Unknot: pausa en menos de un minuto',
  'Break in under a minute': 'Pausa en menos de un minuto',
  'A stretch break will take the screen. Finish your sentence.':
    'Una pausa para estirar va a ocupar la pantalla. Termina la frase.',
  'A micro-break will take the screen. Finish your sentence.':
    'Una micropausa va a ocupar la pantalla. Termina la frase.',
  'A water break will take the screen. Finish your sentence.':
    'Una pausa para beber agua va a ocupar la pantalla. Termina la frase.',
  'A long call': 'Una llamada larga',
  'You have been in a call for {{minutes}} minutes. Stand up and move when you can.':
    'Llevas {{minutes}} minutos en una llamada. Ponte de pie y muévete cuando puedas.',
  'Check your skin': 'Revisa tu piel',
  'Lift the cold pack for a moment. {{advice}}': 'Levanta la compresa fría un momento. {{advice}}',
  'Lift the heat pack for a moment. {{advice}}': 'Levanta la compresa caliente un momento. {{advice}}',
  'Time is up: take the cold pack off': 'Se acabó el tiempo: quítate la compresa fría',
  'Time is up: take the heat pack off': 'Se acabó el tiempo: quítate la compresa caliente',
  'Your session has ended. Open Unknot to confirm the pack is off.':
    'Tu sesión ha terminado. Abre Unknot para confirmar que te quitaste la compresa.',
  'Rest gap over': 'Terminó el descanso',
  'You can use the cold pack again if you still need it.': 'Puedes volver a usar la compresa fría si aún la necesitas.',
  'You can use the heat pack again if you still need it.':
    'Puedes volver a usar la compresa caliente si aún la necesitas.',
  'Time to switch to heat?': '¿Es momento de pasar al calor?',
  'The first days after the strain are over; heat usually helps stiffness from here.':
    'Ya pasaron los primeros días tras la lesión; a partir de ahora, el calor suele aliviar la rigidez.',

  // Why a detector cannot tell, shown in Settings (src/main/call-detection/)
  '{{program}} is not installed.': '{{program}} no está instalado.',
  '{{program}} may not be run (permission denied).': 'No se permite ejecutar {{program}} (permiso denegado).',
  '{{program}} failed: {{error}}': '{{program}} falló: {{error}}',
  'macOS tells which program uses the camera or microphone only to native code, which Unknot does not ship.':
    'macOS solo indica qué programa usa la cámara o el micrófono a código nativo, y Unknot no lo incluye.',
  'Unknot cannot see camera or microphone use on {{platform}}.':
    'Unknot no puede ver el uso de la cámara o del micrófono en {{platform}}.',
  'The camera check failed: {{error}}': 'La comprobación de la cámara falló: {{error}}',
  'The camera check gave no answer in {{seconds}} s.': 'La comprobación de la cámara no respondió en {{seconds}} s.',
  'The microphone check failed: {{error}}': 'La comprobación del micrófono falló: {{error}}',
  'The microphone check gave no answer in {{seconds}} s.':
    'La comprobación del micrófono no respondió en {{seconds}} s.',
  'Unknot cannot list the processes in {{folder}}: {{error}}':
    'Unknot no puede ver la lista de procesos en {{folder}}: {{error}}',
  'pactl listed capture streams in a form Unknot does not understand.':
    'pactl mostró las grabaciones de audio en un formato que Unknot no entiende.',
  'pactl listed sound sources in a form Unknot does not understand.':
    'pactl mostró las fuentes de sonido en un formato que Unknot no entiende.',
  'reg listed the camera consent store in a form Unknot does not understand.':
    'reg mostró los permisos de la cámara en un formato que Unknot no entiende.',
  'reg listed the microphone consent store in a form Unknot does not understand.':
    'reg mostró los permisos del micrófono en un formato que Unknot no entiende.',
  'On Windows, telling which window is fullscreen needs native code, which Unknot does not ship.':
    'En Windows, saber qué ventana está a pantalla completa requiere código nativo, que Unknot no incluye.',
  'On macOS, telling which window is fullscreen needs native code or Accessibility access, which Unknot does not use.':
    'En macOS, saber qué ventana está a pantalla completa requiere código nativo o acceso de Accesibilidad, y Unknot no usa ninguno de los dos.',
  'Unknot cannot see other programs’ windows on {{platform}}.':
    'Unknot no puede ver las ventanas de otros programas en {{platform}}.',
  'Wayland keeps other programs’ windows private, so Unknot cannot see a fullscreen one.':
    'Wayland mantiene privadas las ventanas de otros programas, así que Unknot no puede ver si una está a pantalla completa.',
  'There is no X display to ask which window is in front.':
    'No hay una pantalla X a la que preguntar qué ventana está delante.',
  'The window manager does not say which window is in front.':
    'El gestor de ventanas no indica qué ventana está delante.',
  'xprop described the window in front in a form Unknot does not understand.':
    'xprop describió la ventana de delante en un formato que Unknot no entiende.',
  'The fullscreen check failed: {{error}}': 'La comprobación de pantalla completa falló: {{error}}',
  'The fullscreen check gave no answer in {{seconds}} s.':
    'La comprobación de pantalla completa no respondió en {{seconds}} s.',

  // Tray status and tooltip (src/shared/tray-model.ts)
  'Unknot: time for a break': 'Unknot: hora de una pausa',
  'A break is due now': 'Toca una pausa ahora',
  'Unknot: on a break': 'Unknot: tomando una pausa',
  'On a break': 'Tomando una pausa',
  'Unknot: reminders paused': 'Unknot: recordatorios en pausa',
  'Reminders paused': 'Recordatorios en pausa',
  'Unknot: in a meeting': 'Unknot: en una reunión',
  'In a meeting: reminders wait': 'En una reunión: los recordatorios esperan',
  'Unknot: in a call — your break comes when it ends': 'Unknot: en una llamada; tu pausa llegará cuando termine',
  'In a call — your break comes when it ends': 'En una llamada; tu pausa llegará cuando termine',
  'Unknot: presenting — your break comes when you stop': 'Unknot: presentando; tu pausa llegará cuando termines',
  'Presenting — your break comes when you stop': 'Presentando; tu pausa llegará cuando termines',
  'Unknot: meeting until {{time}} (calendar)': 'Unknot: reunión hasta las {{time}} (calendario)',
  'Meeting until {{time}} (calendar)': 'Reunión hasta las {{time}} (calendario)',
  'Unknot: meeting until {{time}}': 'Unknot: reunión hasta las {{time}}',
  'Meeting until {{time}}': 'Reunión hasta las {{time}}',
  'Unknot: outside working hours': 'Unknot: fuera del horario laboral',
  'Outside working hours': 'Fuera del horario laboral',
  'Unknot: you are away': 'Unknot: estás ausente',
  'Away from the desk': 'Lejos del escritorio',
  'No reminders switched on': 'No hay recordatorios activados',
  'Unknot: next break at {{time}}': 'Unknot: próxima pausa a las {{time}}',
  'Next break at {{time}}': 'Próxima pausa a las {{time}}',
  'Cold pack: time is up, take it off': 'Compresa fría: se acabó el tiempo, quítatela',
  'Cold pack: paused, {{left}} left': 'Compresa fría: en pausa, quedan {{left}}',
  'Cold pack: {{left}} left': 'Compresa fría: quedan {{left}}',
  'Heat pack: time is up, take it off': 'Compresa caliente: se acabó el tiempo, quítatela',
  'Heat pack: paused, {{left}} left': 'Compresa caliente: en pausa, quedan {{left}}',
  'Heat pack: {{left}} left': 'Compresa caliente: quedan {{left}}',

  // Tray menu (src/main/tray.ts, src/main/tray-actions.ts)
  'End therapy session': 'Terminar la sesión de terapia',
  'Start a stretch now': 'Estirar ahora',
  Pause: 'Pausar',
  'For 30 minutes': 'Durante 30 minutos',
  'For 1 hour': 'Durante 1 hora',
  'Until tomorrow': 'Hasta mañana',
  Resume: 'Reanudar',
  "I'm in a meeting": 'Estoy en una reunión',
  '30 minutes': '30 minutos',
  '60 minutes': '60 minutos',
  '90 minutes': '90 minutos',
  'Log a spasm…': 'Registrar un espasmo…',
  'Camera glances': 'Miradas de la cámara',
  'Open Unknot': 'Abrir Unknot',
  'Settings…': 'Ajustes…',
  Quit: 'Salir',

  // Quit guard (src/main/quit-guard.ts)
  'A cold pack session is still running. If Unknot quits, nobody will remind you to take the pack off.':
    'Todavía hay una sesión con compresa fría en curso. Si cierras Unknot, nadie te recordará que te quites la compresa.',
  'A heat pack session is still running. If Unknot quits, nobody will remind you to take the pack off.':
    'Todavía hay una sesión con compresa caliente en curso. Si cierras Unknot, nadie te recordará que te quites la compresa.',
  'Quit Unknot?': '¿Salir de Unknot?',
  'Quit while a therapy session is running?': '¿Salir con una sesión de terapia en curso?',
  'Keep running': 'Mantener abierto',
  'Quit anyway': 'Salir de todos modos',

  // Global shortcut (src/main/stretch-shortcut.ts)
  'Unknot could not register the shortcut {{shortcut}}: another program may be using it, or this desktop does not allow global shortcuts. Choose another one in Settings.':
    'Unknot no pudo registrar el atajo {{shortcut}}: puede que otro programa lo esté usando o que este escritorio no permita atajos globales. Elige otro en Ajustes.',
  'macOS does not pass on a global shortcut whose only modifiers are Option and Shift, so {{shortcut}} would never work; choose one with Command or Control in Settings.':
    'macOS no transmite un atajo global cuyos únicos modificadores sean Opción y Mayúsculas, así que {{shortcut}} nunca funcionaría; elige en Ajustes uno con Comando o Control.',

  // Start failure (src/main/start-failure.ts)
  'Unknot could not start': 'Unknot no pudo iniciarse',
  '{{reason}}\n\nUnknot keeps its settings and data in {{folder}}. Check that this folder exists and can be written to, then start Unknot again.':
    '{{reason}}\n\nUnknot guarda sus ajustes y datos en {{folder}}. Comprueba que esa carpeta existe y que se puede escribir en ella, y vuelve a abrir Unknot.',

  // No tray on this desktop (src/main/window-without-tray.ts)
  'Unknot is still running': 'Unknot sigue abierto',
  'This desktop shows no tray icons, so closing the window minimises it and Unknot keeps reminding you. For a tray icon on GNOME, install the "AppIndicator and KStatusNotifierItem Support" extension.':
    'Este escritorio no muestra iconos en la bandeja, así que al cerrar la ventana se minimiza y Unknot sigue avisándote. Para tener el icono en la bandeja en GNOME, instala la extensión «AppIndicator and KStatusNotifierItem Support».',

  // The command line (src/shared/hosting/command-line.ts, command-line-status.ts)
  [`Usage: unknot [command]
  pause 30m|1h|tomorrow|indefinitely   pause break reminders
  resume                               resume break reminders
  snooze 5m|10m|15m|30m                put off the break that is due
  stretch                              start a stretch break now
  meeting 45m                          hold breaks during a meeting (5m to 4h)
  status [--json]                      say when the next break is due
  --help                               show this help
With no command, Unknot starts (or shows its window).
Exit codes: 0 done, 1 refused by Unknot, 2 not understood, 3 Unknot is not running.`]: `Uso: unknot [orden]
  pause 30m|1h|tomorrow|indefinitely   pausa los recordatorios de pausas
  resume                               reanuda los recordatorios
  snooze 5m|10m|15m|30m                pospone la pausa que toca
  stretch                              empieza ahora una pausa para estirar
  meeting 45m                          retiene las pausas durante una reunión (de 5m a 4h)
  status [--json]                      dice cuándo toca la próxima pausa
  --help                               muestra esta ayuda
Sin orden, Unknot se abre (o muestra su ventana).
Códigos de salida: 0 hecho, 1 Unknot lo rechazó, 2 no se entendió, 3 Unknot no está abierto.`,
  'Say how long to pause: 30m, 1h, tomorrow or indefinitely.':
    'Di cuánto tiempo pausar: 30m, 1h, tomorrow o indefinitely.',
  'Say how long to snooze, such as 10m.': 'Di cuánto tiempo posponer, por ejemplo 10m.',
  'Say how long the meeting lasts, such as 45m or 1h.': 'Di cuánto dura la reunión, por ejemplo 45m o 1h.',
  'Unknot has no command "{{name}}". Run unknot --help to see them.':
    'Unknot no tiene la orden "{{name}}". Ejecuta unknot --help para verlas.',
  '"status" takes only --json.': '"status" solo admite --json.',
  '"{{name}}" does not take "{{extra}}".': '"{{name}}" no admite "{{extra}}".',
  'Reminders are paused.': 'Los recordatorios están en pausa.',
  'In a call: breaks wait until it ends.': 'En una llamada: las pausas esperan a que termine.',
  'In a meeting: breaks wait until it ends.': 'En una reunión: las pausas esperan a que termine.',
  'A break is due now.': 'Toca una pausa ahora.',
  'On a break.': 'En una pausa.',
  'No break reminders are on.': 'No hay recordatorios de pausas activados.',
  'Next break in {{minutes}} min.': 'Próxima pausa en {{minutes}} min.',
  'Unknot is not running.': 'Unknot no está abierto.',
  'Unknot did not answer.': 'Unknot no respondió.',
  'Done.': 'Hecho.',
}
