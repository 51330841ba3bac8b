import type { Catalog } from '../catalog'

/** The camera's posture and presence: settings, their validation, nudges and what Settings and Today say. */
export const posture: Catalog = {
  // Validation and commands (src/shared/posture)
  'Turn the camera on before calibrating.': 'Activa la cámara antes de calibrar.',
  'The time between camera glances must be a number of seconds.':
    'El tiempo entre miradas de la cámara debe ser un número de segundos.',
  'The time between camera glances must be a whole number of seconds.':
    'El tiempo entre miradas de la cámara debe ser un número entero de segundos.',
  'The time between camera glances must be at least 10 seconds.':
    'El tiempo entre miradas de la cámara debe ser de al menos 10 segundos.',
  'The time between camera glances must be at most 300 seconds.':
    'El tiempo entre miradas de la cámara debe ser como mucho de 300 segundos.',
  'The dead zone must be a number.': 'El margen debe ser un número.',
  'The dead zone must be a whole number.': 'El margen debe ser un número entero.',
  'The dead zone must be at least 5%.': 'El margen debe ser de al menos un 5 %.',
  'The dead zone must be at most 40%.': 'El margen debe ser como mucho de un 40 %.',
  'The drift time must be a number of minutes.': 'El tiempo de desvío debe ser un número de minutos.',
  'The drift time must be a whole number of minutes.': 'El tiempo de desvío debe ser un número entero de minutos.',
  'The drift time must be at least 1 minute.': 'El tiempo de desvío debe ser de al menos 1 minuto.',
  'The drift time must be at most 15 minutes.': 'El tiempo de desvío debe ser como mucho de 15 minutos.',
  'The time between posture nudges must be a number of minutes.':
    'El tiempo entre avisos de postura debe ser un número de minutos.',
  'The time between posture nudges must be a whole number of minutes.':
    'El tiempo entre avisos de postura debe ser un número entero de minutos.',
  'The time between posture nudges must be at least 10 minutes.':
    'El tiempo entre avisos de postura debe ser de al menos 10 minutos.',
  'The time between posture nudges must be at most 240 minutes.':
    'El tiempo entre avisos de postura debe ser como mucho de 240 minutos.',

  // Nudges
  'You have been leaning towards the screen': 'Llevas un rato inclinándote hacia la pantalla',
  'Sit back so the backrest carries your lower back, with the screen about an arm’s length away.':
    'Échate hacia atrás para que el respaldo sostenga la zona lumbar, con la pantalla a la distancia de un brazo.',
  'Your head has been dropping forward': 'Llevas un rato con la cabeza caída hacia delante',
  'Try a few slow chin tucks: glide your head straight back, then relax. Stop if you feel dizzy.':
    'Prueba a meter la barbilla despacio unas cuantas veces: lleva la cabeza recta hacia atrás y luego relájate. Para si te mareas.',
  'Your head has been tilted to one side': 'Llevas un rato con la cabeza ladeada',
  'Roll your shoulders slowly a few times, then let your head settle level.':
    'Haz girar los hombros despacio unas cuantas veces y luego deja que la cabeza se quede recta.',

  // Settings and Today (src/renderer/src/posture)
  'Camera: posture and presence': 'Cámara: postura y presencia',
  'The camera’s pictures never leave this computer: Unknot keeps only a few numbers from each glance (whether a face is in view, where, and how large).':
    'Las imágenes de la cámara nunca salen de este ordenador: Unknot solo guarda unos pocos números de cada mirada (si hay una cara a la vista, dónde está y de qué tamaño).',
  'While this is on, the camera light blinks at each glance, about every {{seconds}} seconds.':
    'Mientras esto esté activado, la luz de la cámara parpadeará en cada mirada, más o menos cada {{seconds}} segundos.',
  'Use the camera for posture and presence': 'Usar la cámara para la postura y la presencia',
  'Sit as you want to sit, then calibrate': 'Siéntate como quieras sentarte y calibra',
  'Dead zone (how far you may move before it counts)': 'Margen (cuánto puedes moverte antes de que cuente)',
  'At most one posture nudge every': 'Como mucho un aviso de postura cada',
  'Posture today': 'Postura de hoy',
  'The camera has not seen you sitting yet today.': 'Hoy la cámara todavía no te ha visto sentado.',
  'Upright {{percent}}% of the time the camera saw you ({{minutes}} min).':
    'Erguido el {{percent}} % del tiempo que te vio la cámara ({{minutes}} min).',
  'Upright by hour': 'Postura erguida por hora',
  Hour: 'Hora',
  'Seen (min)': 'Visto (min)',
  'Upright (%)': 'Erguido (%)',
  'sitting upright': 'sentado con la espalda recta',
  'leaning towards the screen': 'inclinado hacia la pantalla',
  'head dropped forward': 'con la cabeza caída hacia delante',
  'head tilted': 'con la cabeza ladeada',
  'off to the side': 'a un lado',
  'Unknot may not use the camera. Allow it in the browser or system settings, or turn this off.':
    'Unknot no tiene permiso para usar la cámara. Permítelo en la configuración del navegador o del sistema, o desactiva esto.',
  'No camera was found.': 'No se ha encontrado ninguna cámara.',
  'The last glance failed; Unknot will try again at the next one.':
    'La última mirada falló; Unknot lo intentará de nuevo en la siguiente.',
  'Right now: nobody at the desk.': 'Ahora mismo: no hay nadie en el escritorio.',
  'Right now: waiting for the first glance.': 'Ahora mismo: esperando la primera mirada.',
  'Right now: at the desk.': 'Ahora mismo: en el escritorio.',
  'Right now: at the desk, {{posture}}.': 'Ahora mismo: en el escritorio, {{posture}}.',
  'Calibrating: sit as you want to sit and look at the screen.':
    'Calibrando: siéntate como quieras sentarte y mira la pantalla.',
  'No face was in view. Sit in front of the camera; the next glance tries again.':
    'No se veía ninguna cara. Siéntate delante de la cámara; la siguiente mirada lo volverá a intentar.',
  'Calibrated. Calibrate again whenever your chair or screen moves.':
    'Calibrado. Vuelve a calibrar cuando cambies de sitio la silla o la pantalla.',
  'Not calibrated yet: posture is not judged until you calibrate.':
    'Aún sin calibrar: la postura no se valora hasta que calibres.',
}
