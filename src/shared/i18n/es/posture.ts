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
}
