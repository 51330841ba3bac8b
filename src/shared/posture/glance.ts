import { z } from 'zod'

/**
 * What one camera glance leaves behind: the derived numbers, never the frame. The face box is measured in
 * fractions of the frame (so the camera's resolution does not matter): its centre, its height, and the roll of
 * the line through the eyes in degrees (positive when the head leans to the person's left shoulder in the image).
 */
export const faceReadingSchema = z
  .object({
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    size: z.number().gt(0).max(2),
    roll: z.number().min(-90).max(90),
  })
  .strict()

export type FaceReading = z.infer<typeof faceReadingSchema>

/** A glance: the face it found, or null when nobody was in view. */
export const glanceSchema = z.object({ face: faceReadingSchema.nullable() }).strict()

export type Glance = z.infer<typeof glanceSchema>
