import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron'

export interface TrayActions {
  open: () => void
  quit: () => void
}

export function trayMenuTemplate(actions: TrayActions): MenuItemConstructorOptions[] {
  return [{ label: 'Open Unknot', click: actions.open }, { type: 'separator' }, { label: 'Quit', click: actions.quit }]
}

export function setupTray(iconPath: string, actions: TrayActions): Tray {
  const tray = new Tray(nativeImage.createFromPath(iconPath))
  tray.setToolTip('Unknot')
  tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(actions)))
  tray.on('click', actions.open)
  return tray
}
