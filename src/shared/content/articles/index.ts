import type { Article } from '../types'
import { faq } from './faq'
import { lowerVsUpper } from './lower-vs-upper'
import { prevention } from './prevention'
import { quickRelief } from './quick-relief'
import { seeADoctor } from './see-a-doctor'
import { spasmVsChronic } from './spasm-vs-chronic'
import { whatIsASpasm } from './what-is-a-spasm'
import { whySpasmsHappen } from './why-spasms-happen'

/** Every Learn article, in reading order. */
export const ARTICLES: Article[] = [
  whatIsASpasm,
  whySpasmsHappen,
  lowerVsUpper,
  spasmVsChronic,
  quickRelief,
  seeADoctor,
  prevention,
  faq,
]
