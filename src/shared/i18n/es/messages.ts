import type { Catalog } from '../catalog'

/**
 * Spanish for what shared code says: refusals, validation messages and notices. The safety list, the skin check
 * and the pack names are already translated by the therapy screen's catalog, with the same keys.
 */
export const messages: Catalog = {
  // Notices
  Messages: 'Mensajes',

  // Joining and quoting
  '{{first}} {{rest}}': '{{first}} {{rest}}',

  // Reminder settings
  'Use a time such as 09:00 (24-hour clock).': 'Usa una hora como 09:00 (formato de 24 horas).',
  'The away time must be a number of minutes.': 'El tiempo de ausencia debe ser un número de minutos.',
  'The away time must be a whole number of minutes.': 'El tiempo de ausencia debe ser un número entero de minutos.',
  'The away time must be at least 2 minutes.': 'El tiempo de ausencia debe ser de al menos 2 minutos.',
  'The away time must be at most 15 minutes.': 'El tiempo de ausencia debe ser de 15 minutos como máximo.',
  'The long-call time must be a number of minutes.': 'El tiempo de llamada larga debe ser un número de minutos.',
  'The long-call time must be a whole number of minutes.':
    'El tiempo de llamada larga debe ser un número entero de minutos.',
  'The long-call time must be at least 30 minutes.': 'El tiempo de llamada larga debe ser de al menos 30 minutos.',
  'The long-call time must be at most 240 minutes.': 'El tiempo de llamada larga debe ser de 240 minutos como máximo.',
  'The stretch reminder interval must be a number of minutes.':
    'El intervalo del recordatorio de estiramiento debe ser un número de minutos.',
  'The stretch reminder interval must be a whole number of minutes.':
    'El intervalo del recordatorio de estiramiento debe ser un número entero de minutos.',
  'The stretch reminder interval must be at least 10 minutes.':
    'El intervalo del recordatorio de estiramiento debe ser de al menos 10 minutos.',
  'The stretch reminder interval must be at most 120 minutes.':
    'El intervalo del recordatorio de estiramiento debe ser de 120 minutos como máximo.',
  'A stretch break must be a number.': 'La pausa para estirar debe ser un número.',
  'A stretch break must be a whole number of seconds.': 'La pausa para estirar debe ser un número entero de segundos.',
  'A stretch break must be at least 1 minute.': 'La pausa para estirar debe durar al menos 1 minuto.',
  'A stretch break must be at most 15 minutes.': 'La pausa para estirar debe durar 15 minutos como máximo.',
  'The micro-break interval must be a number of minutes.':
    'El intervalo de las micropausas debe ser un número de minutos.',
  'The micro-break interval must be a whole number of minutes.':
    'El intervalo de las micropausas debe ser un número entero de minutos.',
  'The micro-break interval must be at least 5 minutes.':
    'El intervalo de las micropausas debe ser de al menos 5 minutos.',
  'The micro-break interval must be at most 60 minutes.':
    'El intervalo de las micropausas debe ser de 60 minutos como máximo.',
  'A micro-break must be a number of seconds.': 'La micropausa debe ser un número de segundos.',
  'A micro-break must be a whole number of seconds.': 'La micropausa debe ser un número entero de segundos.',
  'A micro-break must be at least 10 seconds.': 'La micropausa debe durar al menos 10 segundos.',
  'A micro-break must be at most 120 seconds.': 'La micropausa debe durar 120 segundos como máximo.',
  'The water reminder interval must be a number of minutes.':
    'El intervalo del recordatorio de agua debe ser un número de minutos.',
  'The water reminder interval must be a whole number of minutes.':
    'El intervalo del recordatorio de agua debe ser un número entero de minutos.',
  'The water reminder interval must be at least 15 minutes.':
    'El intervalo del recordatorio de agua debe ser de al menos 15 minutos.',
  'The water reminder interval must be at most 240 minutes.':
    'El intervalo del recordatorio de agua debe ser de 240 minutos como máximo.',
  'A water break must be a number of seconds.': 'La pausa para beber agua debe ser un número de segundos.',
  'A water break must be a whole number of seconds.': 'La pausa para beber agua debe ser un número entero de segundos.',
  'A water break must be at least 10 seconds.': 'La pausa para beber agua debe durar al menos 10 segundos.',
  'A water break must be at most 300 seconds.': 'La pausa para beber agua debe durar 300 segundos como máximo.',
  'A day is 0 (Sunday) to 6 (Saturday).': 'Un día va de 0 (domingo) a 6 (sábado).',
  'Working hours must end after they start.': 'El horario de trabajo debe terminar después de empezar.',
  'A snooze lasts 5, 10, 15 or 30 minutes.': 'Un aplazamiento dura 5, 10, 15 o 30 minutos.',
  'Snooze lengths must be a list of minutes.': 'Las duraciones del aplazamiento deben ser una lista de minutos.',
  'Choose at least one snooze length.': 'Elige al menos una duración para posponer.',
  'Choose each snooze length once.': 'Elige cada duración para posponer una sola vez.',
  'Allow at least one snooze.': 'Permite al menos un aplazamiento.',
  'At most 10 snoozes in a row.': 'Como máximo 10 aplazamientos seguidos.',
  'The skip warning needs at least 1.': 'El aviso de pausas saltadas necesita al menos 1.',
  'At most 20.': 'Como máximo 20.',
  'A break mode is gentle, firm or strict.': 'El modo de una pausa es suave, firme o estricto.',
  'The early exits a day must be a number.': 'Las salidas anticipadas al día deben ser un número.',
  'The early exits a day must be a whole number.': 'Las salidas anticipadas al día deben ser un número entero.',
  'The early exits a day cannot be below 0.': 'Las salidas anticipadas al día no pueden ser menos de 0.',
  'At most 5 early exits a day.': 'Como máximo 5 salidas anticipadas al día.',

  // Reminder commands
  'Choose a stretch, micro or water break.':
    'Elige una pausa para estirar, una micropausa o una pausa para beber agua.',
  'Snooze for 5, 10, 15 or 30 minutes.': 'Pospón 5, 10, 15 o 30 minutos.',
  'Pause for 30 minutes, 1 hour, until tomorrow, or until you resume.':
    'Pausa 30 minutos, 1 hora, hasta mañana o hasta que la reanudes.',
  'A meeting lasts 5 to 240 whole minutes.': 'Una reunión dura de 5 a 240 minutos enteros.',
  'A break is already under way.': 'Ya hay una pausa en curso.',
  'There is no break to end.': 'No hay ninguna pausa que terminar.',
  'There is no break to snooze.': 'No hay ninguna pausa que posponer.',
  'A {{minutes}}-minute snooze is not one of your snooze lengths ({{lengths}} minutes). Change them in Settings.':
    'Posponer {{minutes}} minutos no está entre tus duraciones para posponer ({{lengths}} minutos). Puedes cambiarlas en Ajustes.',
  'A strict break cannot be snoozed.': 'Una pausa estricta no se puede posponer.',
  'A strict break cannot be skipped.': 'Una pausa estricta no se puede saltar.',
  "A strict break ends on its own, or with one of today's early exits.":
    'Una pausa estricta termina sola, o con una de las salidas anticipadas de hoy.',
  'There is no strict break to leave.': 'No hay ninguna pausa estricta de la que salir.',
  'No early exits are left today: take this break to its end.':
    'Hoy no te quedan salidas anticipadas: haz esta pausa hasta el final.',
  'A strict break is due: take it before pausing reminders.':
    'Toca una pausa estricta: tómala antes de pausar los recordatorios.',
  'You have put this break off {{max}} times in a row. Take it now, or skip it.':
    'Has pospuesto esta pausa {{max}} veces seguidas. Tómala ahora o sáltala.',
  'There is no break to skip.': 'No hay ninguna pausa que saltar.',
  'No working days are set, so there is no "tomorrow" to pause until.':
    'No hay días laborables configurados, así que no hay un "mañana" hasta el que pausar.',
  'Reminders are not paused.': 'Los recordatorios no están en pausa.',
  'No meeting is set.': 'No hay ninguna reunión en marcha.',

  // Journal
  'That entry is no longer in the journal.': 'Esa entrada ya no está en el diario.',
  'There is nothing to undo.': 'No hay nada que deshacer.',
  'That entry is already back.': 'Esa entrada ya se ha recuperado.',
  'You have logged 3 or more spasms in the last 14 days. This is Unknot’s own rule of thumb, not a medical guideline, but spasms that keep coming back or stay strong are worth talking over with a doctor or physiotherapist. The red-flag checker can help you decide how soon.':
    'Has registrado 3 espasmos o más en los últimos 14 días. Es una regla práctica de Unknot, no una guía médica, pero conviene hablar con un médico o un fisioterapeuta de los espasmos que vuelven una y otra vez o que siguen siendo fuertes. El comprobador de señales de alarma puede ayudarte a decidir con qué urgencia.',
  'Your last 3 spasms were rated 7 or more on average. This is Unknot’s own rule of thumb, not a medical guideline, but spasms that keep coming back or stay strong are worth talking over with a doctor or physiotherapist. The red-flag checker can help you decide how soon.':
    'Tus últimos 3 espasmos tuvieron de media una intensidad de 7 o más. Es una regla práctica de Unknot, no una guía médica, pero conviene hablar con un médico o un fisioterapeuta de los espasmos que vuelven una y otra vez o que siguen siendo fuertes. El comprobador de señales de alarma puede ayudarte a decidir con qué urgencia.',
  'This is not an Unknot journal file.': 'Este no es un archivo de diario de Unknot.',
  'This journal file has a version this Unknot cannot read (expected 1 or 2).':
    'Este archivo de diario tiene una versión que este Unknot no puede leer (se esperaba la 1 o la 2).',
  'The file has no list of entries.': 'El archivo no tiene una lista de entradas.',
  'Entry {{number}}, {{field}}: {{problem}}': 'Entrada {{number}}, {{field}}: {{problem}}',
  'Entry {{number}}: {{problem}}': 'Entrada {{number}}: {{problem}}',
  'This file is not valid JSON, so it cannot be an Unknot journal. Nothing was imported.':
    'Este archivo no es JSON válido, así que no puede ser un diario de Unknot. No se importó nada.',
  '{{problem}} Nothing was imported.': '{{problem}} No se importó nada.',
  'The id "{{id}}" appears twice in the file. Nothing was imported.':
    'El id "{{id}}" aparece dos veces en el archivo. No se importó nada.',
  'Choose lower back, upper back or neck.': 'Elige zona lumbar, parte alta de la espalda o cuello.',
  'Choose left, right, both or centre.': 'Elige izquierda, derecha, ambos lados o centro.',
  'Choose what was happening from the list.': 'Elige de la lista qué estabas haciendo.',
  'Keep the note to 500 characters.': 'La nota puede tener como máximo 500 caracteres.',
  'That place in the journal is not valid.': 'Ese punto del diario no es válido.',
  'A page holds from 1 to 100 entries.': 'Una página tiene de 1 a 100 entradas.',
  'The time must be a whole number of milliseconds.': 'La hora debe ser un número entero de milisegundos.',
  'The time is invalid.': 'La hora no es válida.',
  'Each entry needs an id.': 'Cada entrada necesita un id.',
  'That entry id is too long.': 'Ese id de entrada es demasiado largo.',
  'Keep the reference under 100 characters.': 'La referencia debe tener menos de 100 caracteres.',
  'Intensity must be a whole number from 0 to 10.': 'La intensidad debe ser un número entero del 0 al 10.',
  'Intensity goes from 0 to 10.': 'La intensidad va del 0 al 10.',
  'Unknown rating source.': 'Origen de la valoración desconocido.',
  'A rating must be a whole number from 0 to 10.': 'Una valoración debe ser un número entero del 0 al 10.',
  'A rating goes from 0 to 10.': 'Una valoración va del 0 al 10.',
  'Unknown checker outcome.': 'Resultado del comprobador desconocido.',
  'A rating entry has either a 0–10 rating or a checker outcome, not both.':
    'Una entrada de valoración tiene una valoración de 0 a 10 o un resultado del comprobador, no ambos.',
  'That file is too large to be an Unknot journal.': 'Ese archivo es demasiado grande para ser un diario de Unknot.',
  'The input is not valid.': 'Los datos no son válidos.',
  'An entry cannot be dated in the future.': 'Una entrada no puede tener una fecha futura.',
  'Only spasm episodes can be edited.': 'Solo se pueden editar los episodios de espasmo.',

  // Settings and stored data
  'Settings not saved. {{problems}}': 'No se guardaron los ajustes. {{problems}}',
  'Your saved history could not be read.': 'No se pudo leer tu historial guardado.',
  'Your spasm journal could not be read.': 'No se pudo leer tu diario de espasmos.',
  'Your break history could not be read.': 'No se pudo leer tu historial de pausas.',
  'Your routines and their history could not be read.': 'No se pudieron leer tus rutinas ni su historial.',
  'Part of your saved data could not be read.': 'Una parte de tus datos guardados no se pudo leer.',
  'Journal entries that could not be read were set aside: {{count}} of {{total}}.':
    'Se apartaron las entradas del diario que no se pudieron leer: {{count}} de {{total}}.',
  'Routines of yours that could not be read were set aside: {{count}} of {{total}}.':
    'Se apartaron las rutinas tuyas que no se pudieron leer: {{count}} de {{total}}.',
  'Sessions in your routine history that could not be read were set aside: {{count}} of {{total}}.':
    'Se apartaron las sesiones de tu historial de rutinas que no se pudieron leer: {{count}} de {{total}}.',
  'Everything else is here, and the file as it was has been kept, so nothing is lost.':
    'Todo lo demás está aquí, y el archivo tal como estaba se ha guardado, así que no se pierde nada.',
  'Your therapy history could not be read.': 'No se pudo leer tu historial de terapia.',
  'Unknot restored your last good settings.': 'Unknot recuperó tus últimos ajustes correctos.',
  'Unknot is using its default settings.': 'Unknot está usando sus ajustes predeterminados.',
  'The unreadable file was kept beside the new one.': 'El archivo ilegible se guardó junto al nuevo.',
  '{{problem}} Unknot restored its last good copy; the unreadable file was kept.':
    '{{problem}} Unknot recuperó su última copia correcta; el archivo ilegible se guardó.',
  '{{problem}} Unknot started afresh where it had to; the unreadable file was kept.':
    '{{problem}} Unknot empezó de cero donde fue necesario; el archivo ilegible se guardó.',
  'The settings version cannot be changed.': 'La versión de los ajustes no se puede cambiar.',
  'Volume must be a number.': 'El volumen debe ser un número.',
  'Volume cannot be below 0%.': 'El volumen no puede ser inferior al 0 %.',
  'Volume cannot be above 100%.': 'El volumen no puede ser superior al 100 %.',
  'Theme must be system, light or dark.': 'El tema debe ser system, light o dark.',
  'Language must be system, en or es.': 'El idioma debe ser system, en o es.',
  'Use one or more modifiers and a key, such as CommandOrControl+Alt+S.':
    'Usa uno o más modificadores y una tecla, como CommandOrControl+Alt+S.',
  'The settings file could not be read: {{reason}}.': 'No se pudo leer el archivo de ajustes: {{reason}}.',
  'The settings file does not hold an object.': 'El archivo de ajustes no contiene un objeto.',
  'The settings file has no valid version number.': 'El archivo de ajustes no tiene un número de versión válido.',
  'The settings file is from a newer Unknot (version {{version}}; this one reads up to {{current}}).':
    'El archivo de ajustes es de un Unknot más reciente (versión {{version}}; este lee hasta la {{current}}).',
  'No way to upgrade settings from version {{version}}.':
    'No hay forma de actualizar los ajustes desde la versión {{version}}.',
  'The settings file is not valid. {{problems}}': 'El archivo de ajustes no es válido. {{problems}}',
  'Some of its values are not ones Unknot can use.': 'Algunos de sus valores no le sirven a Unknot.',
  'A settings change must be an object.': 'Un cambio de ajustes debe ser un objeto.',

  // Commands
  'Unknot did not understand part of that request, so nothing changed.':
    'Unknot no entendió parte de esa petición, así que no cambió nada.',

  // Storage that cannot keep a change
  'There is no space left to store it.': 'No queda espacio para guardarlo.',
  'Unknot is not allowed to write its file; the folder may be read-only.':
    'Unknot no tiene permiso para escribir su archivo; puede que la carpeta sea de solo lectura.',
  'Its storage did not accept the change.': 'Su almacenamiento no aceptó el cambio.',
  'Free some space, or export your journal to keep a copy, then save again.':
    'Libera algo de espacio, o exporta tu diario para guardar una copia, y vuelve a guardar.',
  'Check that Unknot may write to its folder, or export your journal to keep a copy, then save again.':
    'Comprueba que Unknot pueda escribir en su carpeta, o exporta tu diario para guardar una copia, y vuelve a guardar.',
  'Save again in a moment; if it keeps happening, export your journal to keep a copy.':
    'Vuelve a guardar dentro de un momento; si sigue pasando, exporta tu diario para guardar una copia.',
  'Free some space, or export your journal to keep a copy.':
    'Libera algo de espacio, o exporta tu diario para guardar una copia.',
  'Check that Unknot may write to its folder, or export your journal to keep a copy.':
    'Comprueba que Unknot pueda escribir en su carpeta, o exporta tu diario para guardar una copia.',
  'If it keeps happening, export your journal to keep a copy.':
    'Si sigue pasando, exporta tu diario para guardar una copia.',
  'Unknot could not save this.': 'Unknot no pudo guardar esto.',
  'What you entered is still here, and everything saved before is safe.':
    'Lo que escribiste sigue aquí, y todo lo guardado antes está a salvo.',
  'Unknot could not save its latest changes.': 'Unknot no pudo guardar sus últimos cambios.',
  'It tries again with every change; everything saved before is safe.':
    'Lo vuelve a intentar con cada cambio; todo lo guardado antes está a salvo.',
  'Unknot cannot keep your data in this browser: its storage could not be opened (a private window, or site data turned off, can do this).':
    'Unknot no puede conservar tus datos en este navegador: no se pudo abrir su almacenamiento (una ventana privada, o los datos de sitios desactivados, pueden causarlo).',
  'What you do here works until this tab is closed, but none of it is kept.':
    'Lo que hagas aquí funciona hasta que cierres esta pestaña, pero no se conserva nada.',
  'Export your journal to keep a copy, or open Unknot in a normal window.':
    'Exporta tu diario para guardar una copia, o abre Unknot en una ventana normal.',

  // Routines
  'There is no finished session to rate.': 'No hay ninguna sesión terminada que valorar.',
  'There is no session summary to close.': 'No hay ningún resumen de sesión que cerrar.',
  'A routine needs at least one exercise.': 'Una rutina necesita al menos un ejercicio.',
  'Step {{number}} uses an exercise we do not know (“{{id}}”).':
    'El paso {{number}} usa un ejercicio que no conocemos («{{id}}»).',
  'An id uses lower-case letters, digits and single dashes only.':
    'Un id solo usa letras minúsculas, cifras y guiones sueltos.',
  'An id is at most 80 characters long.': 'Un id tiene como máximo 80 caracteres.',
  'That source id is not in Unknot’s source table.': 'Ese id de fuente no está en la tabla de fuentes de Unknot.',
  'A hold is a whole number of seconds.': 'El tiempo en la postura es un número entero de segundos.',
  'A hold lasts at least 5 seconds.': 'El tiempo en la postura es de al menos 5 segundos.',
  'A hold lasts at most 10 minutes.': 'El tiempo en la postura es de 10 minutos como máximo.',
  'Repetitions are a whole number.': 'Las repeticiones son un número entero.',
  'Do at least 1 repetition.': 'Haz al menos 1 repetición.',
  'Do at most 30 repetitions.': 'Haz 30 repeticiones como máximo.',
  'Seconds per repetition is a whole number.': 'Los segundos por repetición son un número entero.',
  'A repetition takes at least 1 second.': 'Una repetición dura al menos 1 segundo.',
  'A repetition takes at most 60 seconds.': 'Una repetición dura 60 segundos como máximo.',
  'Write at least a few words.': 'Escribe al menos unas pocas palabras.',
  'Name at least one body area.': 'Indica al menos una zona del cuerpo.',
  'An exercise needs at least one step.': 'Un ejercicio necesita al menos un paso.',
  'Every exercise needs at least one caution.': 'Cada ejercicio necesita al menos una precaución.',
  'Every exercise must carry the general “stop if pain is sharp or spreads” caution.':
    'Cada ejercicio debe incluir la precaución general «para si el dolor es agudo o se extiende».',
  'Every exercise needs a source.': 'Cada ejercicio necesita una fuente.',
  'That pose has no illustration.': 'Esa postura no tiene ilustración.',
  'Pick an exercise for every step.': 'Elige un ejercicio para cada paso.',
  'A rest cannot be negative.': 'Un descanso no puede ser negativo.',
  'A rest lasts at most 2 minutes.': 'Un descanso dura 2 minutos como máximo.',
  'Give the routine a name.': 'Ponle un nombre a la rutina.',
  'A routine name is at most 60 characters.': 'El nombre de una rutina tiene como máximo 60 caracteres.',
  'A description is at most 300 characters.': 'Una descripción tiene como máximo 300 caracteres.',
  'A routine has at most 40 exercises.': 'Una rutina tiene como máximo 40 ejercicios.',
  'The get-ready countdown cannot be negative.': 'La cuenta atrás de preparación no puede ser negativa.',
  'The get-ready countdown lasts at most 60 seconds.': 'La cuenta atrás de preparación dura 60 segundos como máximo.',
  'A routine needs at least one source.': 'Una rutina necesita al menos una fuente.',
  'A routine is already playing. End it before starting another.':
    'Ya hay una rutina en curso. Termínala antes de empezar otra.',
  'That routine is not in the library any more.': 'Esa rutina ya no está en la biblioteca.',
  'Nothing is playing, so there is nothing to pause.': 'No hay nada en curso, así que no hay nada que pausar.',
  'The routine is not paused.': 'La rutina no está en pausa.',
  'Nothing is playing, so there is nothing to skip.': 'No hay nada en curso, así que no hay nada que saltar.',
  'Nothing is playing, so there is nothing to go back to.':
    'No hay nada en curso, así que no hay nada a lo que volver.',
  'Nothing is playing, so there is nothing to end.': 'No hay nada en curso, así que no hay nada que terminar.',
  'Choose a routine to start.': 'Elige una rutina para empezar.',
  'Start either a routine from the library or a routine you made, not both or neither.':
    'Empieza una rutina de la biblioteca o una rutina tuya: una de las dos, no ambas ni ninguna.',
  'Choose a whole number from 0 to 10.': 'Elige un número entero del 0 al 10.',
  'The rating goes from 0 to 10.': 'La valoración va del 0 al 10.',
  'Only routines you made can be deleted.': 'Solo se pueden borrar las rutinas que has creado tú.',
  'Choose a routine to copy.': 'Elige una rutina para copiar.',
  'That request is not valid.': 'Esa petición no es válida.',
  'There is no routine of yours with that id.': 'No tienes ninguna rutina con ese id.',
  'That routine is not in the library.': 'Esa rutina no está en la biblioteca.',
  "A custom routine's id starts with “custom-”.": 'El id de una rutina propia empieza por «custom-».',
  'Routine “{{name}}”: {{problem}}': 'Rutina «{{name}}»: {{problem}}',
  'Routine “{{name}}” (step {{number}}): {{problem}}': 'Rutina «{{name}}» (paso {{number}}): {{problem}}',
  'Exercise “{{name}}”: {{problem}}': 'Ejercicio «{{name}}»: {{problem}}',
  'Exercise “{{name}}” (step {{number}}): {{problem}}': 'Ejercicio «{{name}}» (paso {{number}}): {{problem}}',
  'a routine must last between 1 and 30 minutes (this one lasts {{length}}).':
    'una rutina debe durar entre 1 y 30 minutos (esta dura {{length}}).',
  'there is no exercise called “{{id}}”.': 'no hay ningún ejercicio llamado «{{id}}».',
  '“{{name}}” is counted in repetitions, so set repetitions instead of a hold time.':
    '«{{name}}» se cuenta en repeticiones, así que indica repeticiones en lugar de un tiempo en la postura.',
  '“{{name}}” is timed, so set a hold time instead of repetitions.':
    '«{{name}}» se cronometra, así que indica un tiempo en la postura en lugar de repeticiones.',
  'an unknown time': 'un tiempo desconocido',
  '{{seconds}} seconds': '{{seconds}} segundos',
  '{{minutes}} min {{seconds}} s': '{{minutes}} min {{seconds}} s',
  'You can keep up to {{limit}} routines of your own; delete one to make room.':
    'Puedes guardar hasta {{limit}} rutinas propias; borra una para hacer sitio.',

  // Therapy
  'A cold session can last at most 20 minutes: longer on the skin raises the risk of cold burns. Take a break and start another session later.':
    'Una sesión de frío puede durar 20 minutos como máximo: más tiempo sobre la piel aumenta el riesgo de quemaduras por frío. Descansa y empieza otra sesión más tarde.',
  'A heat session can last at most 20 minutes: longer on the skin raises the risk of burns. Take a break and start another session later.':
    'Una sesión de calor puede durar 20 minutos como máximo: más tiempo sobre la piel aumenta el riesgo de quemaduras. Descansa y empieza otra sesión más tarde.',
  'Start an episode first, so your sessions are grouped and the safety list is shown.':
    'Empieza primero un episodio, para que tus sesiones se agrupen y se muestre la lista de seguridad.',
  'Please confirm the safety list for this episode before the first session.':
    'Confirma la lista de seguridad de este episodio antes de la primera sesión.',
  'Your last session has ended: confirm the pack is off before starting another.':
    'Tu última sesión ha terminado: confirma que te has quitado la compresa antes de empezar otra.',
  'A session is already running. End it before starting another.':
    'Ya hay una sesión en curso. Termínala antes de empezar otra.',
  'The “{{preset}}” preset does not use cold. Choose another preset or kind.':
    'La opción «{{preset}}» no usa frío. Elige otra opción u otro tipo.',
  'The “{{preset}}” preset does not use heat. Choose another preset or kind.':
    'La opción «{{preset}}» no usa calor. Elige otra opción u otro tipo.',
  'Your skin needs a rest before the next pack: you can put one on in {{time}}.':
    'Tu piel necesita descansar antes de la siguiente compresa: podrás ponerte una dentro de {{time}}.',
  'Skin that has just been cold needs time to return to normal, and until then it feels heat less, so a warm pack could burn it without you noticing.':
    'La piel que acaba de estar fría necesita tiempo para volver a la normalidad y, mientras tanto, siente menos el calor, así que una compresa caliente podría quemarla sin que te des cuenta.',
  'Skin that has just been warm needs time to return to normal, and until then it can feel heat less, so another pack could harm it without you noticing.':
    'La piel que acaba de estar caliente necesita tiempo para volver a la normalidad y, mientras tanto, puede sentir menos el calor, así que otra compresa podría dañarla sin que te des cuenta.',
  'You set a limit of {{cap}} sessions a day, and you have reached it today.':
    'Pusiste un límite de {{cap}} sesiones al día y hoy ya lo has alcanzado.',
  'No session is running.': 'No hay ninguna sesión en curso.',
  'This session has already ended. Confirm the pack is off first.':
    'Esta sesión ya ha terminado. Primero confirma que te has quitado la compresa.',
  'That request could not be understood.': 'No se pudo entender esa petición.',
  'The session is already paused.': 'La sesión ya está en pausa.',
  'The session is not paused.': 'La sesión no está en pausa.',
  'There is no skin check to close.': 'No hay ninguna revisión de la piel que cerrar.',
  'There is no finished session waiting to be confirmed.': 'No hay ninguna sesión terminada pendiente de confirmar.',
  'Choose cold or heat.': 'Elige frío o calor.',
  'Choose one of the therapy presets.': 'Elige una de las opciones de terapia.',
  'Choose a whole number of minutes.': 'Elige un número entero de minutos.',
  'A session lasts at least 1 minute.': 'Una sesión dura al menos 1 minuto.',
  'Keep the note under 280 characters.': 'La nota debe tener menos de 280 caracteres.',
  'Keep the area under 60 characters.': 'La zona debe tener menos de 60 caracteres.',
  'That is not one of the safety items.': 'Ese no es uno de los puntos de seguridad.',
  'Please read and tick every item on the safety list before the first session.':
    'Lee y marca todos los puntos de la lista de seguridad antes de la primera sesión.',
  'Choose a whole number of sessions.': 'Elige un número entero de sesiones.',
  'A daily limit is at least 1 session.': 'Un límite diario es de al menos 1 sesión.',
  'A daily limit is at most 24 sessions.': 'Un límite diario es de 24 sesiones como máximo.',
  'An episode is already open. End it before starting a new one.':
    'Ya hay un episodio abierto. Termínalo antes de empezar uno nuevo.',
  'Start an episode first; the safety list belongs to it.':
    'Empieza primero un episodio; la lista de seguridad forma parte de él.',
  'No episode is open.': 'No hay ningún episodio abierto.',
  'End the current session before closing the episode.': 'Termina la sesión actual antes de cerrar el episodio.',
}
