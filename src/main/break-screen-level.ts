import type { BrowserWindow } from 'electron'

/**
 * Puts a break screen above everything it can be above, with each platform's own means:
 * - macOS: on every Space and over apps in full screen (`visibleOnFullScreen` exists only there), at the
 *   screen-saver level, above the Dock and the menu bar;
 * - Linux: on every workspace (no full-screen option there), and on top (which Wayland may ignore: the break
 *   window then is an ordinary full-size window);
 * - Windows: workspaces are not Electron's to set there (the call does nothing), so on top alone, at a level that
 *   also covers the taskbar.
 */
export function coverEverything(window: BrowserWindow, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'darwin') window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })
  else if (platform === 'linux') window.setVisibleOnAllWorkspaces(true)
  window.setAlwaysOnTop(true, 'screen-saver')
}
