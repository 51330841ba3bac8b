import type { Article, Block } from '../../../../shared/content'
import type { Translate } from '../../../../shared/i18n'

function localizeBlock(block: Block, t: Translate): Block {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', text: t(block.text) }
    case 'list':
      return { type: 'list', items: block.items.map((item) => t(item)) }
    case 'table':
      return {
        type: 'table',
        columns: [t(block.columns[0]), t(block.columns[1])],
        rows: block.rows.map((row) => ({ label: t(row.label), cells: [t(row.cells[0]), t(row.cells[1])] })),
      }
  }
}

/**
 * An article with every text shown to the person (title, summary, headings, blocks, action labels) in their
 * language, field by field; ids, sources and link targets stay as they are. The search indexes the same texts.
 */
export function localizeArticle(article: Article, t: Translate): Article {
  return {
    ...article,
    title: t(article.title),
    summary: t(article.summary),
    sections: article.sections.map((section) => ({
      ...section,
      heading: t(section.heading),
      blocks: section.blocks.map((block) => localizeBlock(block, t)),
    })),
    actions: article.actions.map((action) => ({ ...action, label: t(action.label) })),
  }
}
