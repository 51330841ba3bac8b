import { z } from 'zod'
import { fail, ok, type Result } from '../kernel/result'
import { msg } from '../i18n/catalog'
import type { PostureSettings } from './settings'
import type { PostureEvent, PostureState } from './state'

export const calibratePosturePayload = z.object({}).strict()

/** Asks for the next glance to become the calibration ("sit as you want to sit"); needs the camera on. */
export function calibrate(state: PostureState, settings: PostureSettings): Result<PostureState, PostureEvent> {
  if (!settings.enabled) return fail(msg('Turn the camera on before calibrating.'))
  return ok({ ...state, calibrating: 'waiting' })
}
