export { ARTICLES } from './articles'
export {
  assessRedFlags,
  NONE_APPLY_LABEL,
  NONE_APPLY_NEEDED,
  questionsOf,
  RED_FLAG_OUTCOMES,
  RED_FLAG_QUESTIONS,
  RED_FLAG_REGION_NOTE,
  redFlagAnswersPayload,
  sourcesOf,
  type RedFlagAnswers,
  type RedFlagAssessment,
  type RedFlagForm,
  type RedFlagOutcome,
  type RedFlagQuestion,
  type RedFlagQuestionId,
  type RedFlagResult,
  type RedFlagTier,
} from './redflags'
export { createArticleSearch, searchArticles, type SearchHit, type Snippet } from './search'
export {
  isSourceId,
  sourceById,
  SOURCE_IDS,
  SOURCE_URLS,
  SOURCES,
  type Authority,
  type Source,
  type SourceId,
} from './sources'
export {
  ROUTINE_IDS,
  THERAPY_PRESET_IDS,
  type ArticleAction,
  type LinkTarget,
  type RoutineId,
  type TherapyPresetId,
} from './targets'
export { notMedicalAdvice, type Article, type Block, type Section } from './types'
export { articleLibrarySchema, validateArticles } from './validate'
