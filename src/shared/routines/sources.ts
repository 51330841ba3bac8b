import { SOURCE_IDS, type SourceId } from '../content/sources'

/** Exercises and routines cite the same source table as the articles (src/shared/content/sources.ts). */
export const ROUTINE_SOURCE_IDS = SOURCE_IDS

export type RoutineSourceId = SourceId
