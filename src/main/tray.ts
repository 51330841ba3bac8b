import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron'
import type { TrayAction, TrayIconState, TrayModel } from '../shared/tray-model'

export type TrayActions = (action: TrayAction) => void

export function trayMenuTemplate(model: TrayModel, act: TrayActions): MenuItemConstructorOptions[] {
  const item = (label: string, action: TrayAction, extra: Partial<MenuItemConstructorOptions> = {}) => ({
    label,
    click: () => act(action),
    ...extra,
  })
  const therapy: MenuItemConstructorOptions[] = model.therapyLine
    ? [{ label: model.therapyLine, enabled: false }, item('End therapy session', 'end-therapy'), { type: 'separator' }]
    : []
  return [
    { label: model.statusLine, enabled: false },
    { type: 'separator' },
    ...therapy,
    item('Start a stretch now', 'stretch-now'),
    item('Snooze 10 min', 'snooze-10', { enabled: model.canSnooze }),
    {
      label: 'Pause',
      submenu: [
        item('For 30 minutes', 'pause-30m'),
        item('For 1 hour', 'pause-1h'),
        item('Until tomorrow', 'pause-tomorrow'),
      ],
    },
    item('Resume', 'resume', { enabled: model.paused }),
    {
      label: "I'm in a meeting",
      submenu: [item('30 minutes', 'meeting-30'), item('60 minutes', 'meeting-60'), item('90 minutes', 'meeting-90')],
    },
    item('Log a spasm…', 'log-spasm'),
    { type: 'separator' },
    item('Open Unknot', 'open'),
    item('Settings…', 'settings'),
    { type: 'separator' },
    item('Quit', 'quit'),
  ]
}

/** macOS wants monochrome template images (the system tints them); other platforms get the coloured ones. */
export function trayIconFile(state: TrayIconState, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? `tray-${state}Template.png` : `tray-${state}.png`
}

export interface TrayView {
  render(model: TrayModel): void
  destroy(): void
}

/** Draws a TrayModel; it touches Electron only when something visible changed. */
export function setupTray(
  iconPath: (file: string) => string,
  act: TrayActions,
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
  tray.on('click', () => act('open'))
  let shown: TrayModel | undefined
  return {
    render(model) {
      if (shown?.icon !== model.icon) tray.setImage(imageFor(model.icon))
      if (shown?.tooltip !== model.tooltip) tray.setToolTip(model.tooltip)
      const menuChanged =
        !shown ||
        shown.statusLine !== model.statusLine ||
        shown.therapyLine !== model.therapyLine ||
        shown.canSnooze !== model.canSnooze ||
        shown.paused !== model.paused
      if (menuChanged) tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(model, act)))
      shown = model
    },
    destroy: () => tray.destroy(),
  }
}
