import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron'
import type { Translate } from '../shared/i18n'
import type { TrayIconState, TrayModel } from '../shared/hosting/tray-model'
import { snoozeAction, trayAction, type TrayAction } from './tray-actions'

export type TrayActions = (action: TrayAction) => void

/** The menu for a model; its fixed items are in the language `t` speaks (the model's lines already are). */
export function trayMenuTemplate(model: TrayModel, act: TrayActions, t: Translate): MenuItemConstructorOptions[] {
  const item = (action: TrayAction): MenuItemConstructorOptions => {
    const { label, enabledWhen } = trayAction(action)
    return { label: label(t), click: () => act(action), ...(enabledWhen ? { enabled: enabledWhen(model) } : {}) }
  }
  const cameraSwitch: MenuItemConstructorOptions = {
    ...item(model.cameraOn ? 'camera-off' : 'camera-on'),
    type: 'checkbox',
    checked: model.cameraOn,
  }
  const therapy: MenuItemConstructorOptions[] = model.therapyLine
    ? [{ label: model.therapyLine, enabled: false }, item('end-therapy'), { type: 'separator' }]
    : []
  return [
    { label: model.statusLine, enabled: false },
    ...(model.flareLine ? [{ label: model.flareLine, enabled: false }] : []),
    ...(model.checkLine ? [{ label: model.checkLine, click: () => act('settings') }] : []),
    { type: 'separator' },
    ...therapy,
    item('stretch-now'),
    ...model.snoozeOptions.map((minutes) => item(snoozeAction(minutes))),
    { label: t('Pause'), submenu: [item('pause-30m'), item('pause-1h'), item('pause-tomorrow')] },
    item('resume'),
    { label: t("I'm in a meeting"), submenu: [item('meeting-30'), item('meeting-60'), item('meeting-90')] },
    item('log-spasm'),
    cameraSwitch,
    { type: 'separator' },
    item('open'),
    item('settings'),
    { type: 'separator' },
    item('quit'),
  ]
}

/**
 * macOS wants monochrome template images (the system tints them); Windows an .ico holding a drawing for each display
 * scale; Linux the coloured PNG (with its @2x beside it).
 */
export function trayIconFile(state: TrayIconState, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return `tray-${state}Template.png`
  return platform === 'win32' ? `tray-${state}.ico` : `tray-${state}.png`
}

export interface TrayView {
  render(model: TrayModel): void
  destroy(): void
}

/** What a menu shows, to tell whether it needs rebuilding (a new language changes labels the model does not hold). */
function menuFace(items: MenuItemConstructorOptions[]): string {
  return JSON.stringify(items, (key, value: unknown) => (key === 'click' ? undefined : value))
}

/** Draws a TrayModel; it touches Electron only when something visible changed. */
export function setupTray(
  iconPath: (file: string) => string,
  act: TrayActions,
  t: Translate,
  platform: NodeJS.Platform = process.platform,
): TrayView {
  const images = new Map<TrayIconState, NativeImage>()
  const imageFor = (state: TrayIconState): NativeImage => {
    let image = images.get(state)
    if (!image) {
      image = nativeImage.createFromPath(iconPath(trayIconFile(state, platform)))
      if (platform === 'darwin') image.setTemplateImage(true)
      images.set(state, image)
    }
    return image
  }
  const tray = new Tray(imageFor('working'))
  // Most Linux tray hosts (AppIndicator) open the menu on a click and never send it; the menu has "Open Unknot".
  tray.on('click', () => act('open'))
  let shown: TrayModel | undefined
  let shownMenu: string | undefined
  return {
    render(model) {
      if (shown?.icon !== model.icon) tray.setImage(imageFor(model.icon))
      if (shown?.tooltip !== model.tooltip) tray.setToolTip(model.tooltip)
      const template = trayMenuTemplate(model, act, t)
      const face = menuFace(template)
      if (face !== shownMenu) tray.setContextMenu(Menu.buildFromTemplate(template))
      shown = model
      shownMenu = face
    },
    destroy: () => tray.destroy(),
  }
}
