import type { SourceId } from './sources'
import type { ArticleAction } from './targets'

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  /** A side-by-side table: a header pair and rows of exactly two cells. */
  | { type: 'table'; columns: [string, string]; rows: Array<{ label: string; cells: [string, string] }> }

export interface Section {
  id: string
  heading: string
  blocks: Block[]
  sources: SourceId[]
}

export interface Article {
  id: string
  title: string
  summary: string
  sections: Section[]
  actions: ArticleAction[]
}

export const notMedicalAdvice =
  'Unknot offers general information to help you look after your back. It is not medical advice and cannot ' +
  'examine you. If you are worried, or anything feels different from usual, talk to a doctor, pharmacist or ' +
  'physiotherapist.'
