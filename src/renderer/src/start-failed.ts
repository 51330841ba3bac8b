/**
 * The frame's code (React, i18next) could not be loaded, so nothing can render: the frame from index.html stays, and
 * its "Starting…" becomes the alert LoadFailed shows, in English, since the language setting lives in the code that
 * failed. This module imports nothing, so it is in the page's first script whatever else fails to arrive.
 */
export function showStartFailed(error: unknown): void {
  console.error('Unknot could not load the code of its window.', error)
  const alert = document.createElement('div')
  alert.setAttribute('role', 'alert')
  const message = document.createElement('p')
  message.textContent = 'Unknot could not finish loading. Your data is safe; reloading the page usually fixes this.'
  const reload = document.createElement('button')
  reload.type = 'button'
  reload.textContent = 'Reload'
  reload.addEventListener('click', () => window.location.reload())
  alert.append(message, reload)
  const starting = document.querySelector('#root [role="status"]')
  if (starting) starting.replaceWith(alert)
  else document.getElementById('root')?.append(alert)
}
