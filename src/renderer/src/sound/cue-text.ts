import type { Translate } from '../../../shared/i18n'
import type { RoutinesEvent } from '../../../shared/routines'
import { EXERCISES_BY_ID } from '../../../shared/routines/exercises'

type CueEvent = Extract<RoutinesEvent, { type: 'cue' }>

/** English unless a translation is given: the cue is then spoken in the person's language. */
const ENGLISH: Translate = (text, values = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole))

function exerciseName(exerciseId: string | null, t: Translate): string {
  const name = exerciseId && EXERCISES_BY_ID[exerciseId]?.name
  return name ? t(name) : t('the next exercise')
}

/** What the spoken cue says; short, so it is over before the person has moved. */
export function cueText(event: CueEvent, t: Translate = ENGLISH): string {
  const exercise = exerciseName(event.exerciseId, t)
  switch (event.cue) {
    case 'start':
      if (event.side === 'left') return t('Begin: {{exercise}}, left side', { exercise })
      if (event.side === 'right') return t('Begin: {{exercise}}, right side', { exercise })
      return t('Begin: {{exercise}}', { exercise })
    case 'switch-sides':
      return t('Switch sides')
    case 'rest':
      return t('Rest. Next: {{exercise}}', { exercise })
    case 'next':
      if (event.side === 'left') return t('Next: {{exercise}}, left side', { exercise })
      if (event.side === 'right') return t('Next: {{exercise}}, right side', { exercise })
      return t('Next: {{exercise}}', { exercise })
    case 'done':
      return t('Routine complete. Well done.')
  }
}
