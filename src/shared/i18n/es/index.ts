import { mergeCatalogs } from '../catalog'
import { desktopCheck } from './desktop-check'
import { flareProgress } from './flare-progress'
import { articles } from './articles'
import { calendar } from './calendar'
import { firstRun } from './first-run'
import { host } from './host'
import { messages } from './messages'
import { posture } from './posture'
import { practiceContent } from './practice-content'
import { uiCore } from './ui-core'
import { uiLearn } from './ui-learn'
import { uiPractice } from './ui-practice'

/** Each area's catalog by name, for the catalog test to compare. */
export const areas = {
  host,
  uiCore,
  uiPractice,
  uiLearn,
  messages,
  articles,
  practiceContent,
  calendar,
  flareProgress,
  firstRun,
  posture,
  desktopCheck,
}

export const catalog = mergeCatalogs(...Object.values(areas))
