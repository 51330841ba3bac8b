import { z } from 'zod'
import { SOURCE_IDS } from './sources'
import { ROUTINE_IDS, THERAPY_PRESET_IDS } from './targets'
import type { Article } from './types'

const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty.` })
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Ids are lower-case words joined by hyphens.' })

const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: text('A paragraph') }),
  z.object({ type: z.literal('list'), items: z.array(text('A list item')).min(1, { error: 'A list needs items.' }) }),
  z.object({
    type: z.literal('table'),
    columns: z.tuple([text('A column heading'), text('A column heading')]),
    rows: z
      .array(z.object({ label: text('A row label'), cells: z.tuple([text('A table cell'), text('A table cell')]) }))
      .min(1, { error: 'A table needs rows.' }),
  }),
])

const sectionSchema = z.object({
  id,
  heading: text('A section heading'),
  blocks: z.array(blockSchema).min(1, { error: 'A section needs at least one block.' }),
  sources: z
    .array(z.enum(SOURCE_IDS, { error: 'Sources must be ids from Unknot’s source table.' }))
    .min(1, { error: 'Every section must name at least one source.' }),
})

const targetSchema = z.discriminatedUnion('screen', [
  z.object({ screen: z.literal('routines'), routineId: z.enum(ROUTINE_IDS).optional() }),
  z.object({ screen: z.literal('therapy'), presetId: z.enum(THERAPY_PRESET_IDS).optional() }),
  z.object({ screen: z.literal('settings'), section: z.literal('breaks') }),
  z.object({ screen: z.literal('learn'), articleId: id }),
  z.object({ screen: z.literal('red-flags') }),
])

const articleSchema = z.object({
  id,
  title: text('A title'),
  summary: text('A summary'),
  sections: z.array(sectionSchema).min(1, { error: 'An article needs at least one section.' }),
  actions: z.array(z.object({ label: text('A link label'), target: targetSchema })),
})

function duplicates(ids: string[]): string[] {
  return ids.filter((value, index) => ids.indexOf(value) !== index)
}

/** The whole library: each article well formed, ids unique, links to other articles resolving. */
export const articleLibrarySchema = z.array(articleSchema).superRefine((articles, ctx) => {
  const articleIds = articles.map((article) => article.id)
  for (const dup of duplicates(articleIds))
    ctx.addIssue({ code: 'custom', message: `Article id "${dup}" is used twice.` })
  for (const article of articles) {
    for (const dup of duplicates(article.sections.map((section) => section.id)))
      ctx.addIssue({ code: 'custom', message: `Section id "${dup}" is used twice in "${article.id}".` })
    for (const action of article.actions)
      if (action.target.screen === 'learn' && !articleIds.includes(action.target.articleId))
        ctx.addIssue({
          code: 'custom',
          message: `"${article.id}" links to an article "${action.target.articleId}" that does not exist.`,
        })
  }
})

/** Problems found in the articles, one readable sentence each; empty when all is well. */
export function validateArticles(articles: Article[]): string[] {
  const result = articleLibrarySchema.safeParse(articles)
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}
