import type { QueryAnswer, ValidQuery } from '../contract/contract'
import * as journal from '../journal'
import type { CoreState } from './core-state'

/** What the companion answers to a checked query, read from its state; a query never changes anything. */
export function answerQuery(core: CoreState, query: ValidQuery): QueryAnswer {
  switch (query.type) {
    case 'journalPage':
      return { type: 'journalPage', ...journal.journalPage(core.journal, query.payload) }
    case 'breakHistory':
      return { type: 'breakHistory', breaks: core.reminders.history }
  }
}
