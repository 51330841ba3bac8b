import { z } from 'zod'

/** Flare mode's commands carry no fields: the answer is the command itself. */
const empty = z.object({}).strict()
export const acceptFlarePayload = empty
export const declineFlarePayload = empty
export const endFlarePayload = empty
export const keepFlarePayload = empty
export const closeFlareRedFlagsPayload = empty
