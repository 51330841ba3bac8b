import { ARTICLES } from '../content/articles'
import { RED_FLAG_QUESTIONS } from '../content/redflags'
import { SOURCES, type Source, type SourceId } from '../content/sources'
import { reminderDefaultSources } from '../reminders/settings'
import { POSTURE_FIXES } from '../posture/fixes'
import { BUILT_IN_ROUTINES } from '../routines/routines'
import { EXERCISES } from '../routines/exercises'
import { PRESETS } from '../therapy/presets'
import { SESSION_LIMIT_SOURCES } from '../therapy/limits'
import { REST_SOURCES } from '../therapy/rest'
import { SAFETY_CHECKLIST, SKIN_CHECK_SOURCES } from '../therapy/safety'
import { PHASE_SWITCH_SOURCES } from '../therapy/episode'

/** One text in the app that cites sources, named so a reader can find it on screen. */
interface Citation {
  where: string
  sources: readonly SourceId[]
}

const quoted = (text: string) => `“${text}”`

/** Every place the content cites a source, in the order a person meets them in the app. */
export function citations(): Citation[] {
  return [
    ...ARTICLES.flatMap((article) =>
      article.sections.map((section) => ({
        where: `Article ${quoted(article.title)}, section ${quoted(section.heading)}`,
        sources: section.sources,
      })),
    ),
    ...EXERCISES.map((exercise) => ({ where: `Exercise ${quoted(exercise.name)}`, sources: exercise.sources })),
    ...BUILT_IN_ROUTINES.map((routine) => ({ where: `Routine ${quoted(routine.name)}`, sources: routine.sources })),
    ...PRESETS.map((preset) => ({ where: `Heat and cold preset ${quoted(preset.title)}`, sources: preset.sources })),
    ...SAFETY_CHECKLIST.map((item) => ({
      where: `Heat and cold safety check ${quoted(item.text)}`,
      sources: item.sources,
    })),
    { where: 'Heat and cold: the longest session', sources: SESSION_LIMIT_SOURCES },
    { where: 'Heat and cold: the rest between sessions', sources: REST_SOURCES },
    { where: 'Heat and cold: the skin check', sources: SKIN_CHECK_SOURCES },
    { where: 'Heat and cold: switching from cold to warmth after a fresh strain', sources: PHASE_SWITCH_SOURCES },
    ...RED_FLAG_QUESTIONS.map((question) => ({
      where: `Warning-sign question ${quoted(question.text)}`,
      sources: question.sources,
    })),
    ...(['stretch', 'micro', 'water'] as const).map((kind) => ({
      where: `Break reminder default (${kind})`,
      sources: reminderDefaultSources[kind],
    })),
    ...(['leaning-in', 'dropped', 'tilted'] as const).map((drift) => ({
      where: `Posture nudge ${quoted(POSTURE_FIXES[drift].title)}`,
      sources: POSTURE_FIXES[drift].sources,
    })),
  ].filter((citation) => citation.sources.length > 0)
}

const AUTHORITY: Record<Source['authority'], string> = {
  P: 'P (primary or official page)',
  M: 'M (a copy or summary of an official source)',
  L: 'L (lower authority: used only where nothing better was found)',
}

function entry(source: Source, citedBy: string[]): string {
  return [
    `## ${source.id}`,
    '',
    `- Publisher: ${source.publisher}`,
    `- Title: ${source.title}`,
    `- Address: ${source.url ?? 'none (cited by its reference only)'}`,
    `- Authority: ${AUTHORITY[source.authority]}`,
    citedBy.length > 0 ? '- Cited by:' : '- Cited by: nothing at present',
    ...citedBy.map((where) => `  - ${where}`),
  ].join('\n')
}

/** docs/SOURCES.md: the source table with, for each source, every text that cites it. */
export function sourcesDoc(): string {
  const all = citations()
  const header = [
    '# Sources',
    '',
    'Every source Unknot’s health content cites. This file is generated from `src/shared/content/sources.ts` and the',
    'content that cites it: run `npm run sources:doc` after changing either. `tests/unit/app/sources-doc.test.ts`',
    'fails when this file is not current, so do not edit it by hand.',
    '',
    'Authority: **P** a primary or official page; **M** a copy or summary of an official source; **L** a',
    'lower-authority page, used only where nothing better was found. Check M and L pages against the live original',
    'before a release.',
  ].join('\n')
  const entries = SOURCES.map((source: Source) =>
    entry(
      source,
      all.filter((citation) => citation.sources.includes(source.id as SourceId)).map((citation) => citation.where),
    ),
  )
  return `${[header, ...entries].join('\n\n')}\n`
}
