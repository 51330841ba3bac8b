// The page's only static script is this small one, so nothing holds the page's load: the frame is already in
// index.html (rendered at build time) and on screen before the frame's code (React, i18next) is even fetched.
import { showStartFailed } from './start-failed'
import './styles.css'

import('./start').catch(showStartFailed)
