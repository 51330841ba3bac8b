import { msg } from '../i18n/catalog'

/** What "Check my desktop" looks at, in the order it shows them. */
export const CHECK_NAMES = ['notifications', 'idle', 'tray', 'login', 'shortcut'] as const
export type CheckName = (typeof CHECK_NAMES)[number]

/** ok: works; problem: needs the fix; unsure: the check could not tell; not-applicable: off, or not on this host. */
export type CheckStatus = 'ok' | 'problem' | 'unsure' | 'not-applicable'

export interface FindingWords {
  check: CheckName
  status: CheckStatus
  /** what was found, in plain words */
  says: string
  /** what to do about it */
  fix?: string
}

const NOT_SEEN = msg('You did not see the test notification, so reminders outside the window may go unseen.')
const LOGIN_AGAIN = msg('Turn “Start Unknot when I log in” off and on again in Settings → Desktop, then check again.')

/** Every finding a check can come to, with its words and its fix. English here; the UI translates. */
export const FINDINGS = {
  'notifications-seen': {
    check: 'notifications',
    status: 'ok',
    says: msg('Notifications work: you saw the test one.'),
  },
  'notifications-unsupported': {
    check: 'notifications',
    status: 'problem',
    says: msg('This desktop has no notification service, so reminders show only in Unknot’s window.'),
    fix: msg(
      'A window manager without a desktop needs a notification service running, such as dunst or mako; GNOME, KDE, Xfce and Cinnamon bring their own.',
    ),
  },
  'notifications-blocked': {
    check: 'notifications',
    status: 'problem',
    says: msg('Notifications are blocked for this page, so reminders show only here.'),
    fix: msg(
      'Allow notifications for this site in the browser’s site settings (the icon left of the address), then check again.',
    ),
  },
  'notifications-unavailable': {
    check: 'notifications',
    status: 'not-applicable',
    says: msg('This browser cannot show notifications; reminders appear in this page.'),
  },
  'notifications-not-seen-linux': {
    check: 'notifications',
    status: 'problem',
    says: NOT_SEEN,
    fix: msg(
      'Turn off Do Not Disturb, and check that notifications from Unknot are on in your desktop’s notification settings. A window manager without a desktop needs a notification service running, such as dunst or mako.',
    ),
  },
  'notifications-not-seen-mac': {
    check: 'notifications',
    status: 'problem',
    says: NOT_SEEN,
    fix: msg('Open System Settings → Notifications → Unknot and allow notifications, and check that Focus is off.'),
  },
  'notifications-not-seen-windows': {
    check: 'notifications',
    status: 'problem',
    says: NOT_SEEN,
    fix: msg(
      'Open Settings → System → Notifications, turn on notifications and those from Unknot, and check that Do not disturb is off.',
    ),
  },
  'notifications-not-seen-browser': {
    check: 'notifications',
    status: 'problem',
    says: NOT_SEEN,
    fix: msg(
      'Check that your system lets this browser show notifications (its notification settings, and Do Not Disturb or Focus), then check again.',
    ),
  },
  'idle-moves': {
    check: 'idle',
    status: 'ok',
    says: msg('Idle time works: it grew while you paused and went back to 0 when you typed.'),
  },
  'idle-stuck-at-zero': {
    check: 'idle',
    status: 'problem',
    says: msg('Idle time stayed at 0 for the whole minute, so Unknot cannot notice when you step away.'),
    fix: msg(
      'Some Wayland sessions do not tell apps how long you have been idle. Sign in to an X11 session if your login screen offers one (such as “GNOME on Xorg”). Until then reminders still come on time, but a break away from the desk is not noticed: take it from Today.',
    ),
  },
  'idle-no-typing': {
    check: 'idle',
    status: 'unsure',
    says: msg('Unknot saw no typing during the minute, so it cannot tell.'),
    fix: msg('Check again, and type in the box as it asks.'),
  },
  'tray-available': { check: 'tray', status: 'ok', says: msg('This desktop shows tray icons: Unknot’s is there.') },
  'tray-gnome-extension': {
    check: 'tray',
    status: 'ok',
    says: msg('This is GNOME with an AppIndicator extension installed, so Unknot’s tray icon can show.'),
    fix: msg('If you do not see it, turn the extension on in the Extensions app.'),
  },
  'tray-gnome-missing': {
    check: 'tray',
    status: 'problem',
    says: msg('GNOME shows no tray icons on its own, so Unknot’s icon and its menu are hidden.'),
    fix: msg(
      'Install the “AppIndicator and KStatusNotifierItem Support” extension (the gnome-shell-extension-appindicator package on Debian and Fedora), turn it on in the Extensions app, then log out and in. Until then, open Unknot from your list of apps: closing its window only minimises it.',
    ),
  },
  'tray-none-in-browser': {
    check: 'tray',
    status: 'not-applicable',
    says: msg('The web companion has no tray icon: this page is where it lives.'),
  },
  'login-on': { check: 'login', status: 'ok', says: msg('Unknot will start when you log in.') },
  'login-off': {
    check: 'login',
    status: 'not-applicable',
    says: msg('Start at login is off. Turn it on in Settings → Desktop if you want it.'),
  },
  'login-missing': {
    check: 'login',
    status: 'problem',
    says: msg('Start at login is on, but the system has no login item for Unknot, so it will not start.'),
    fix: msg(
      'Turn “Start Unknot when I log in” off and on again in Settings → Desktop, and check that the system allows it (macOS: System Settings → General → Login Items; Windows: Settings → Apps → Startup).',
    ),
  },
  'login-autostart-missing': {
    check: 'login',
    status: 'problem',
    says: msg('Start at login is on, but Unknot’s autostart entry is missing, so it will not start.'),
    fix: LOGIN_AGAIN,
  },
  'login-autostart-stale': {
    check: 'login',
    status: 'problem',
    says: msg(
      'Start at login is on, but its autostart entry starts Unknot from another place (it was moved or updated).',
    ),
    fix: LOGIN_AGAIN,
  },
  'login-desktop-only': {
    check: 'login',
    status: 'not-applicable',
    says: msg('Starting at login is available in the desktop app.'),
  },
  'shortcut-works': {
    check: 'shortcut',
    status: 'ok',
    says: msg('Unknot holds its global shortcut: pressing it starts a stretch.'),
  },
  'shortcut-off': {
    check: 'shortcut',
    status: 'not-applicable',
    says: msg('The global shortcut is off. Turn it on in Settings → Desktop if you want one.'),
  },
  'shortcut-taken': {
    check: 'shortcut',
    status: 'problem',
    says: msg(
      'Unknot could not have its global shortcut: another app holds it, or this desktop allows no global shortcuts.',
    ),
    fix: msg(
      'Choose another shortcut in Settings → Desktop, such as Control+Alt and a letter, then check again. On Wayland, some desktops allow no global shortcuts at all.',
    ),
  },
  'shortcut-mac-modifiers': {
    check: 'shortcut',
    status: 'problem',
    says: msg('macOS does not pass on a global shortcut whose only modifiers are Option and Shift.'),
    fix: msg('Choose one with Command or Control in Settings → Desktop.'),
  },
  'shortcut-desktop-only': {
    check: 'shortcut',
    status: 'not-applicable',
    says: msg('A global shortcut is available in the desktop app.'),
  },
} as const satisfies Record<string, FindingWords>

export type Finding = keyof typeof FINDINGS
export const FINDING_NAMES = Object.keys(FINDINGS) as [Finding, ...Finding[]]

export function findingWords(finding: Finding): FindingWords {
  return FINDINGS[finding]
}

/** The notifications finding when the person did not see the test notification, by where Unknot runs. */
export function notSeenOn(platform: string): Finding {
  if (platform === 'darwin') return 'notifications-not-seen-mac'
  if (platform === 'win32') return 'notifications-not-seen-windows'
  return platform === 'browser' ? 'notifications-not-seen-browser' : 'notifications-not-seen-linux'
}
