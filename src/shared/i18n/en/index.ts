import { mergeCatalogs } from '../catalog'
import { desktopCheck } from './desktop-check'
import { flareProgress } from './flare-progress'
import { uiCore } from './ui-core'
import { uiLearn } from './ui-learn'
import { uiPractice } from './ui-practice'

/**
 * Each area's catalog by name, for the catalog test to compare. English texts are their own keys, so only areas
 * with plural forms need an English catalog.
 */
export const areas = { uiCore, uiPractice, uiLearn, flareProgress, desktopCheck }

export const catalog = mergeCatalogs(...Object.values(areas))
