import type { Catalog } from '../catalog'

/** "Check my desktop": Settings, the host's test notification, the findings and the tray's warning. */
export const desktopCheck: Catalog = {
  // Settings (screens/settings/DesktopCheck.tsx)
  'Your desktop': 'Tu escritorio',
  'Unknot checks what it needs from your desktop, says what works, and how to fix what does not.':
    'Unknot comprueba lo que necesita de tu escritorio, te dice qué funciona y cómo arreglar lo que no.',
  'Check my desktop': 'Comprobar mi escritorio',
  Notifications: 'Notificaciones',
  'Idle time': 'Tiempo de inactividad',
  'Tray icon': 'Icono en la bandeja',
  'Start at login': 'Abrir al iniciar sesión',
  'Global shortcut': 'Atajo global',
  'Works fine': 'Funciona',
  Problem: 'Problema',
  'Not sure': 'No se sabe',
  'Does not apply': 'No se aplica',
  'Checking…': 'Comprobando…',
  'Unknot sent a test notification. Did you see it?': 'Unknot ha enviado una notificación de prueba. ¿La has visto?',
  'Yes, I saw it': 'Sí, la he visto',
  No: 'No',
  'Type a few words in this box, stop for a few seconds, then type again. This takes up to a minute.':
    'Escribe unas palabras en este cuadro, para unos segundos y vuelve a escribir. Tarda como mucho un minuto.',
  'Type here to check idle time': 'Escribe aquí para comprobar el tiempo de inactividad',
  'Checked: {{count}} problem to fix._one': 'Comprobado: {{count}} problema que arreglar.',
  'Checked: {{count}} problem to fix._many': 'Comprobado: {{count}} problemas que arreglar.',
  'Checked: {{count}} problem to fix._other': 'Comprobado: {{count}} problemas que arreglar.',
  'Checked: no problems found.': 'Comprobado: no hay ningún problema.',

  // The hosts' test notification and refusals
  'Unknot: test notification': 'Unknot: notificación de prueba',
  'If you can read this, notifications work.': 'Si puedes leer esto, las notificaciones funcionan.',
  'That is not a check Unknot can run.': 'Esa no es una comprobación que Unknot pueda hacer.',
  'That is not a finding of the desktop check.': 'Ese no es un resultado de la comprobación del escritorio.',

  // The tray (shared/hosting/tray-model.ts)
  '⚠ Check my desktop: {{count}} problem_one': '⚠ Comprobar mi escritorio: {{count}} problema',
  '⚠ Check my desktop: {{count}} problem_many': '⚠ Comprobar mi escritorio: {{count}} problemas',
  '⚠ Check my desktop: {{count}} problem_other': '⚠ Comprobar mi escritorio: {{count}} problemas',

  // Findings (shared/desktop-check/findings.ts)
  'Notifications work: you saw the test one.': 'Las notificaciones funcionan: has visto la de prueba.',
  'This desktop has no notification service, so reminders show only in Unknot’s window.':
    'Este escritorio no tiene servicio de notificaciones, así que los recordatorios solo aparecen en la ventana de Unknot.',
  'A window manager without a desktop needs a notification service running, such as dunst or mako; GNOME, KDE, Xfce and Cinnamon bring their own.':
    'Un gestor de ventanas sin escritorio necesita un servicio de notificaciones en marcha, como dunst o mako; GNOME, KDE, Xfce y Cinnamon traen el suyo.',
  'Notifications are blocked for this page, so reminders show only here.':
    'Las notificaciones están bloqueadas para esta página, así que los recordatorios solo aparecen aquí.',
  'Allow notifications for this site in the browser’s site settings (the icon left of the address), then check again.':
    'Permite las notificaciones de este sitio en la configuración del sitio del navegador (el icono a la izquierda de la dirección) y vuelve a comprobarlo.',
  'You did not see the test notification, so reminders outside the window may go unseen.':
    'No has visto la notificación de prueba, así que los recordatorios fuera de la ventana podrían pasar desapercibidos.',
  'Turn off Do Not Disturb, and check that notifications from Unknot are on in your desktop’s notification settings. A window manager without a desktop needs a notification service running, such as dunst or mako.':
    'Desactiva No molestar y comprueba que las notificaciones de Unknot están activadas en la configuración de notificaciones de tu escritorio. Un gestor de ventanas sin escritorio necesita un servicio de notificaciones en marcha, como dunst o mako.',
  'Open System Settings → Notifications → Unknot and allow notifications, and check that Focus is off.':
    'Abre Ajustes del Sistema → Notificaciones → Unknot, permite las notificaciones y comprueba que Concentración está desactivado.',
  'Open Settings → System → Notifications, turn on notifications and those from Unknot, and check that Do not disturb is off.':
    'Abre Configuración → Sistema → Notificaciones, activa las notificaciones y las de Unknot, y comprueba que No molestar está desactivado.',
  'Check that your system lets this browser show notifications (its notification settings, and Do Not Disturb or Focus), then check again.':
    'Comprueba que tu sistema deja a este navegador mostrar notificaciones (su configuración de notificaciones, y No molestar o Concentración) y vuelve a comprobarlo.',
  'Idle time works: it grew while you paused and went back to 0 when you typed.':
    'El tiempo de inactividad funciona: creció mientras parabas y volvió a 0 al escribir.',
  'Idle time stayed at 0 for the whole minute, so Unknot cannot notice when you step away.':
    'El tiempo de inactividad se quedó en 0 todo el minuto, así que Unknot no puede notar cuándo te alejas.',
  'Some Wayland sessions do not tell apps how long you have been idle. Sign in to an X11 session if your login screen offers one (such as “GNOME on Xorg”). Until then reminders still come on time, but a break away from the desk is not noticed: take it from Today.':
    'Algunas sesiones de Wayland no dicen a las aplicaciones cuánto tiempo llevas inactivo. Inicia una sesión X11 si tu pantalla de inicio de sesión la ofrece (como «GNOME en Xorg»). Mientras tanto, los recordatorios siguen llegando a su hora, pero una pausa lejos del escritorio no se nota: tómala desde Hoy.',
  'Unknot saw no typing during the minute, so it cannot tell.':
    'Unknot no vio que escribieras durante el minuto, así que no puede saberlo.',
  'Check again, and type in the box as it asks.': 'Vuelve a comprobarlo y escribe en el cuadro como se te pide.',
  'This desktop shows tray icons: Unknot’s is there.':
    'Este escritorio muestra iconos en la bandeja: el de Unknot está ahí.',
  'This is GNOME with an AppIndicator extension installed, so Unknot’s tray icon can show.':
    'Esto es GNOME con una extensión AppIndicator instalada, así que el icono de Unknot puede aparecer en la bandeja.',
  'If you do not see it, turn the extension on in the Extensions app.':
    'Si no lo ves, activa la extensión en la aplicación Extensiones.',
  'GNOME shows no tray icons on its own, so Unknot’s icon and its menu are hidden.':
    'GNOME no muestra iconos en la bandeja por sí solo, así que el icono de Unknot y su menú quedan ocultos.',
  'Install the “AppIndicator and KStatusNotifierItem Support” extension (the gnome-shell-extension-appindicator package on Debian and Fedora), turn it on in the Extensions app, then log out and in. Until then, open Unknot from your list of apps: closing its window only minimises it.':
    'Instala la extensión «AppIndicator and KStatusNotifierItem Support» (el paquete gnome-shell-extension-appindicator en Debian y Fedora), actívala en la aplicación Extensiones y cierra e inicia sesión. Mientras tanto, abre Unknot desde tu lista de aplicaciones: cerrar su ventana solo la minimiza.',
  'The web companion has no tray icon: this page is where it lives.':
    'La versión web no tiene icono en la bandeja: vive en esta página.',
  'Unknot will start when you log in.': 'Unknot se abrirá al iniciar sesión.',
  'Start at login is off. Turn it on in Settings → Desktop if you want it.':
    'Abrir al iniciar sesión está desactivado. Actívalo en Ajustes → Escritorio si lo quieres.',
  'Start at login is on, but the system has no login item for Unknot, so it will not start.':
    'Abrir al iniciar sesión está activado, pero el sistema no tiene a Unknot entre los elementos de inicio, así que no se abrirá.',
  'Turn “Start Unknot when I log in” off and on again in Settings → Desktop, and check that the system allows it (macOS: System Settings → General → Login Items; Windows: Settings → Apps → Startup).':
    'Desactiva y vuelve a activar «Abrir Unknot al iniciar sesión» en Ajustes → Escritorio, y comprueba que el sistema lo permite (macOS: Ajustes del Sistema → General → Ítems de inicio; Windows: Configuración → Aplicaciones → Inicio).',
  'Start at login is on, but Unknot’s autostart entry is missing, so it will not start.':
    'Abrir al iniciar sesión está activado, pero falta la entrada de inicio automático de Unknot, así que no se abrirá.',
  'Start at login is on, but its autostart entry starts Unknot from another place (it was moved or updated).':
    'Abrir al iniciar sesión está activado, pero su entrada de inicio automático abre Unknot desde otro sitio (se movió o se actualizó).',
  'Turn “Start Unknot when I log in” off and on again in Settings → Desktop, then check again.':
    'Desactiva y vuelve a activar «Abrir Unknot al iniciar sesión» en Ajustes → Escritorio y vuelve a comprobarlo.',
  'Starting at login is available in the desktop app.':
    'Abrir al iniciar sesión está disponible en la aplicación de escritorio.',
  'Unknot holds its global shortcut: pressing it starts a stretch.':
    'Unknot tiene su atajo global: al pulsarlo empieza un estiramiento.',
  'The global shortcut is off. Turn it on in Settings → Desktop if you want one.':
    'El atajo global está desactivado. Actívalo en Ajustes → Escritorio si quieres uno.',
  'Unknot could not have its global shortcut: another app holds it, or this desktop allows no global shortcuts.':
    'Unknot no pudo quedarse con su atajo global: otra aplicación lo usa, o este escritorio no permite atajos globales.',
  'Choose another shortcut in Settings → Desktop, such as Control+Alt and a letter, then check again. On Wayland, some desktops allow no global shortcuts at all.':
    'Elige otro atajo en Ajustes → Escritorio, como Control+Alt y una letra, y vuelve a comprobarlo. En Wayland, algunos escritorios no permiten ningún atajo global.',
  'macOS does not pass on a global shortcut whose only modifiers are Option and Shift.':
    'macOS no deja pasar un atajo global cuyos únicos modificadores sean Opción y Mayúsculas.',
  'Choose one with Command or Control in Settings → Desktop.':
    'Elige uno con Comando o Control en Ajustes → Escritorio.',
  'A global shortcut is available in the desktop app.':
    'Un atajo global está disponible en la aplicación de escritorio.',
}
