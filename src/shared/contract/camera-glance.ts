import { z } from 'zod'
import { faceReadingSchema } from '../posture'
import type { GlanceResult } from './camera-channels'

const glanceId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)

/** Checks the camera page's answer in main: strict, so nothing but the derived numbers can ride along. */
export const glanceResultSchema = z.discriminatedUnion('ok', [
  z.object({ id: glanceId, ok: z.literal(true), face: faceReadingSchema.nullable() }).strict(),
  z.object({ id: glanceId, ok: z.literal(false), problem: z.enum(['denied', 'no-camera', 'failed']) }).strict(),
]) satisfies z.ZodType<GlanceResult>
