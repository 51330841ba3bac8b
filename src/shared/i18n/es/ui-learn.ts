import type { Catalog } from '../catalog'

/** Learn, the red-flag checker and the journal in Spanish. */
export const uiLearn: Catalog = {
  // Learn
  Articles: 'Artículos',
  'Search articles': 'Buscar en los artículos',
  'No results': 'Sin resultados',
  '{{count}} results_one': '{{count}} resultado',
  '{{count}} results_many': '{{count}} resultados',
  '{{count}} results_other': '{{count}} resultados',
  'Search results': 'Resultados de la búsqueda',
  'All articles': 'Todos los artículos',
  'Not medical advice': 'No es consejo médico',
  'What Unknot can do about it': 'Qué puede hacer Unknot al respecto',
  'What you can do in Unknot': 'Qué puedes hacer en Unknot',
  'Unknot has no article at this address.': 'Unknot no tiene ningún artículo en esta dirección.',
  'See all articles': 'Ver todos los artículos',
  Sources: 'Fuentes',
  '(opens in your browser)': '(se abre en tu navegador)',

  // Red-flag checker
  'Why: you said yes to': 'Por qué: respondiste que sí a',
  'Save to my journal': 'Guardar en mi diario',
  'Saved to your journal.': 'Guardado en tu diario.',
  'Tick each one that is true for you now': 'Marca cada una que sea cierta para ti ahora',
  'If none of them is, choose “None of these apply to me” at the end. Nothing is saved unless you choose to.':
    'Si no se da ninguna, elige «No me pasa ninguna de estas» al final. No se guarda nada a menos que tú lo decidas.',
  'A few questions about warning signs. Unknot then says whether to get help now, today, soon, or whether looking after yourself is reasonable.':
    'Unas preguntas sobre señales de alarma. Después, Unknot te dice si debes buscar ayuda ahora, hoy o pronto, o si es razonable cuidarte por tu cuenta.',
  'See what to do': 'Ver qué hacer',
  'Clear answers': 'Borrar respuestas',
  Emergency: 'Emergencia',
  'Urgent: today': 'Urgente: hoy',
  'Not urgent: book a check': 'No urgente: pide una cita',
  'Self-care': 'Autocuidado',

  // Journal: charts
  Insights: 'Resumen',
  'Hide the numbers for {{chart}}': 'Ocultar las cifras de {{chart}}',
  'Show the numbers for {{chart}}': 'Mostrar las cifras de {{chart}}',
  'Hide the numbers': 'Ocultar las cifras',
  'Show the numbers': 'Mostrar las cifras',
  'none logged': 'sin registros',
  'Spasm episodes and mean intensity per week, last {{count}} weeks_one':
    'Episodios de espasmo e intensidad media por semana, {{count}} semana más reciente',
  'Spasm episodes and mean intensity per week, last {{count}} weeks_many':
    'Episodios de espasmo e intensidad media por semana, últimas {{count}} semanas',
  'Spasm episodes and mean intensity per week, last {{count}} weeks_other':
    'Episodios de espasmo e intensidad media por semana, últimas {{count}} semanas',
  'Episodes (bars, left scale)': 'Episodios (barras, escala izquierda)',
  'Mean intensity 0–10 (line, right scale)': 'Intensidad media 0–10 (línea, escala derecha)',
  'Episodes and mean intensity per week': 'Episodios e intensidad media por semana',
  'Week starting': 'Semana que empieza el',
  Episodes: 'Episodios',
  'Mean intensity': 'Intensidad media',
  'Mean intensity (0–10)': 'Intensidad media (0–10)',
  'Breaks taken per day, last {{count}} days_one': 'Pausas tomadas por día, {{count}} día más reciente',
  'Breaks taken per day, last {{count}} days_many': 'Pausas tomadas por día, últimos {{count}} días',
  'Breaks taken per day, last {{count}} days_other': 'Pausas tomadas por día, últimos {{count}} días',
  'Breaks taken per day': 'Pausas tomadas por día',
  Day: 'Día',
  'Breaks taken': 'Pausas tomadas',
  Breaks: 'Pausas',
  'Most common triggers': 'Desencadenantes más frecuentes',
  'None yet: they appear once you log a spasm.': 'Aún ninguno: aparecen cuando registras un espasmo.',
  '{{trigger}}: {{count}} times_one': '{{trigger}}: {{count}} vez',
  '{{trigger}}: {{count}} times_many': '{{trigger}}: {{count}} veces',
  '{{trigger}}: {{count}} times_other': '{{trigger}}: {{count}} veces',

  // Journal: entries
  'Delete the entry from {{when}}': 'Eliminar la entrada del {{when}}',
  Delete: 'Eliminar',
  Entries: 'Entradas',
  'Deleted the entry from {{when}}.': 'Se eliminó la entrada del {{when}}.',
  Undo: 'Deshacer',
  Dismiss: 'Cerrar',
  'Nothing logged yet. Spasms you log here and pain ratings after routines, heat or cold sessions and breaks will appear in this list.':
    'Aún no hay nada registrado. Aquí aparecerán los espasmos que registres y las valoraciones del dolor después de rutinas, sesiones de calor o frío y pausas.',
  'Journal entries, newest first': 'Entradas del diario, de la más reciente a la más antigua',
  'Show older entries': 'Mostrar entradas anteriores',
  'Your journal could not be read for the export. Try again in a moment.':
    'No se pudo leer el diario para exportarlo. Inténtalo de nuevo en un momento.',
  'Your journal entries could not be loaded. Try again in a moment.':
    'No se pudieron cargar las entradas del diario. Inténtalo de nuevo en un momento.',
  'Spasm: {{area}}, {{side}}, intensity {{intensity}} of 10, {{trigger}}':
    'Espasmo: {{area}}, {{side}}, intensidad {{intensity}} de 10, {{trigger}}',
  '{{source}}: {{outcome}}': '{{source}}: {{outcome}}',
  '{{source}}: {{rating}} of 10': '{{source}}: {{rating}} de 10',
  '{{source}} ({{routine}}): {{rating}} of 10': '{{source}} ({{routine}}): {{rating}} de 10',
  'get emergency care now': 'busca atención de emergencia ahora',
  'get medical advice today': 'consulta a un médico hoy',
  'book an appointment': 'pide una cita',
  'looking after yourself is reasonable': 'es razonable cuidarte por tu cuenta',
  'Pain after a routine': 'Dolor después de una rutina',
  'Pain after a heat or cold session': 'Dolor después de una sesión de calor o frío',
  'Pain after a break': 'Dolor después de una pausa',
  'Red-flag check': 'Revisión de señales de alarma',

  // Journal: log a spasm
  'Log a spasm': 'Registrar un espasmo',
  Where: 'Dónde',
  Side: 'Lado',
  'Intensity (0 = none, 10 = the worst you can imagine)': 'Intensidad (0 = nada, 10 = lo peor que puedas imaginar)',
  'What was happening': 'Qué estabas haciendo',
  'Note (optional)': 'Nota (opcional)',
  '{{length}} of {{max}} characters': '{{length}} de {{max}} caracteres',
  Save: 'Guardar',
  'Saved: {{area}}, intensity {{intensity}} of 10.': 'Guardado: {{area}}, intensidad {{intensity}} de 10.',
  'Lower back': 'Zona lumbar',
  'Upper back': 'Parte alta de la espalda',
  Neck: 'Cuello',
  Left: 'Izquierda',
  Right: 'Derecha',
  'Both sides': 'Ambos lados',
  Middle: 'Centro',
  Lifting: 'Levantar peso',
  'Long sitting': 'Mucho tiempo sentado',
  Stress: 'Estrés',
  Exercise: 'Ejercicio',
  'Woke up with it': 'Me desperté así',
  Other: 'Otro',

  // Journal: nudge
  'Worth getting checked?': '¿Vale la pena que te revisen?',
  'Open the red-flag checker': 'Revisar las señales de alarma',

  // Journal: export and import
  'Export and import': 'Exportar e importar',
  'The files stay on this computer and hold your journal and your break history. CSV opens in a spreadsheet; JSON can be imported back into Unknot.':
    'Los archivos se quedan en este ordenador y guardan tu diario y tu historial de pausas. El CSV se abre en una hoja de cálculo; el JSON se puede volver a importar en Unknot.',
  'Export CSV': 'Exportar CSV',
  'Export JSON': 'Exportar JSON',
  'Import a journal file': 'Importar un archivo del diario',
  'Imported {{count}} entries._one': 'Se importó {{count}} entrada.',
  'Imported {{count}} entries._many': 'Se importaron {{count}} entradas.',
  'Imported {{count}} entries._other': 'Se importaron {{count}} entradas.',
  'Skipped {{count}} entries already in your journal._one': 'Se omitió {{count}} entrada que ya estaba en tu diario.',
  'Skipped {{count}} entries already in your journal._many':
    'Se omitieron {{count}} entradas que ya estaban en tu diario.',
  'Skipped {{count}} entries already in your journal._other':
    'Se omitieron {{count}} entradas que ya estaban en tu diario.',
}
