import { mergeCatalogs } from '../catalog'
import { articles } from './articles'
import { host } from './host'
import { messages } from './messages'
import { practiceContent } from './practice-content'
import { uiCore } from './ui-core'
import { uiLearn } from './ui-learn'
import { uiPractice } from './ui-practice'

export const catalog = mergeCatalogs(host, uiCore, uiPractice, uiLearn, messages, articles, practiceContent)
