import type { Catalog } from '../catalog'

/** Calendar feeds: the settings, their validation, and what reading a feed can report. */
export const calendar: Catalog = {
  // Reading a feed (src/shared/calendar)
  'The calendar file is damaged: Unknot could not read it.':
    'El archivo del calendario está dañado: Unknot no pudo leerlo.',
  'This address did not return a calendar file.': 'Esta dirección no devolvió un archivo de calendario.',
  'The calendar repeats its events too often for Unknot to read.':
    'El calendario repite sus eventos con tanta frecuencia que Unknot no puede leerlo.',

  // Addresses and settings
  'That calendar address is too long.': 'Esa dirección de calendario es demasiado larga.',
  'A calendar address is a full web address, such as https://calendar.example.com/private.ics.':
    'Una dirección de calendario es una dirección web completa, como https://calendar.example.com/private.ics.',
  'A calendar address cannot contain a user name or password.':
    'Una dirección de calendario no puede llevar un nombre de usuario ni una contraseña.',
  'A calendar address must start with https:// (or webcal://).':
    'Una dirección de calendario debe empezar por https:// (o webcal://).',
  'A calendar address must be text.': 'Una dirección de calendario debe ser texto.',
  'Unknot reads at most 5 calendars.': 'Unknot lee 5 calendarios como máximo.',
  'That calendar is already in the list.': 'Ese calendario ya está en la lista.',
  'Enter an e-mail address such as ana@example.com, or leave it empty.':
    'Escribe una dirección de correo como ana@example.com, o deja el campo vacío.',

  // Fetching (src/main/calendar)
  'That calendar address cannot be used.': 'Esa dirección de calendario no se puede usar.',
  'The calendar server redirected too many times.': 'El servidor del calendario redirigió demasiadas veces.',
  'The calendar server redirected to an address that is not https.':
    'El servidor del calendario redirigió a una dirección que no es https.',
  'The calendar server did not answer within {{seconds}} seconds.':
    'El servidor del calendario no respondió en {{seconds}} segundos.',
  'Unknot could not reach the calendar server.': 'Unknot no pudo conectar con el servidor del calendario.',
  'The calendar server does not know this address (error {{status}}). It may have been reset: copy the private address again.':
    'El servidor del calendario no reconoce esta dirección (error {{status}}). Puede que se haya restablecido: vuelve a copiar la dirección privada.',
  'The calendar server refused this address (error {{status}}). Copy the private address again.':
    'El servidor del calendario rechazó esta dirección (error {{status}}). Vuelve a copiar la dirección privada.',
  'The calendar server answered with an error ({{status}}).':
    'El servidor del calendario respondió con un error ({{status}}).',
  'The calendar is larger than {{megabytes}} MB, more than Unknot reads.':
    'El calendario ocupa más de {{megabytes}} MB, más de lo que Unknot lee.',

  // Settings screen
  'Calendars are a desktop feature: the desktop app can hold breaks while a meeting in your calendar is on.':
    'Los calendarios son una función de la aplicación de escritorio: allí las pausas pueden esperar mientras dura una reunión de tu calendario.',
  Calendar: 'Calendario',
  'Breaks wait while a meeting in your calendar is on. Paste the private address (iCal or ICS) your calendar offers; Google, Outlook, Fastmail and others have one.':
    'Las pausas esperan mientras dura una reunión de tu calendario. Pega la dirección privada (iCal o ICS) que ofrece tu calendario; Google, Outlook, Fastmail y otros tienen una.',
  'The address stays on this computer and is never written to any log.':
    'La dirección se queda en este ordenador y nunca se escribe en ningún registro.',
  'Your calendars': 'Tus calendarios',
  'Calendar {{number}} ({{site}})': 'Calendario {{number}} ({{site}})',
  'Remove calendar {{number}} ({{site}})': 'Quitar el calendario {{number}} ({{site}})',
  'Your e-mail address in these calendars': 'Tu dirección de correo en estos calendarios',
  'Optional: meetings you declined are then left out.': 'Opcional: así se omiten las reuniones que rechazaste.',
  'Calendar address': 'Dirección del calendario',
  'Add calendar': 'Añadir calendario',
  'Not fetched yet.': 'Aún no se ha descargado.',
  'Fetching… The copy from {{time}} is used meanwhile.': 'Descargando… Mientras tanto se usa la copia del {{time}}.',
  'Last fetched {{time}}.': 'Última descarga: {{time}}.',
  '{{problem}} The copy from {{time}} is used meanwhile.': '{{problem}} Mientras tanto se usa la copia del {{time}}.',
}
