import { msg } from '../../../shared/i18n'
import type { CameraProblem, PostureView, Verdict } from '../../../shared/posture'

export const VERDICT_TEXT: Record<Verdict, string> = {
  upright: msg('sitting upright'),
  'leaning-in': msg('leaning towards the screen'),
  dropped: msg('head dropped forward'),
  tilted: msg('head tilted'),
  aside: msg('off to the side'),
}

export const PROBLEM_TEXT: Record<CameraProblem, string> = {
  denied: msg('Unknot may not use the camera. Allow it in the browser or system settings, or turn this off.'),
  'no-camera': msg('No camera was found.'),
  failed: msg('The last glance failed; Unknot will try again at the next one.'),
}

/** What the camera says right now, in plain words (English, shown through t()). */
export function nowText(view: PostureView): string {
  if (view.presence === 'away') return msg('Right now: nobody at the desk.')
  if (view.presence === null) return msg('Right now: waiting for the first glance.')
  if (!view.calibrated || view.verdict === null) return msg('Right now: at the desk.')
  return msg('Right now: at the desk, {{posture}}.')
}

export function calibrationText(view: PostureView): string {
  if (view.calibrating === 'waiting') return msg('Calibrating: sit as you want to sit and look at the screen.')
  if (view.calibrating === 'no-face')
    return msg('No face was in view. Sit in front of the camera; the next glance tries again.')
  return view.calibrated
    ? msg('Calibrated. Calibrate again whenever your chair or screen moves.')
    : msg('Not calibrated yet: posture is not judged until you calibrate.')
}
