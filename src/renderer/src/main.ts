// The page's only static script is this small one, so nothing holds the page's load: the frame is already in
// index.html (rendered at build time) and on screen before the frame's code (React, i18next) is even fetched.
import { showStartFailed } from './start-failed'
import './styles.css'

// The shipped frame is Today's. Opened on another screen (a deep link, a desktop window opened from the tray), its
// heading and the navigation's mark wait hidden rather than name Today until the start has taken over (Window).
if (!/^#?\/?(today)?$/.test(window.location.hash)) document.documentElement.classList.add('screen-pending')

import('./start').catch(showStartFailed)
