import { EXERCISES_BY_ID, type RoutinesEvent } from '../../../shared/routines'

type CueEvent = Extract<RoutinesEvent, { type: 'cue' }>

function exerciseName(exerciseId: string | null): string {
  return (exerciseId && EXERCISES_BY_ID[exerciseId]?.name) || 'the next exercise'
}

/** What the spoken cue says; short, so it is over before the person has moved. */
export function cueText(event: CueEvent): string {
  switch (event.cue) {
    case 'start':
      return `Begin: ${exerciseName(event.exerciseId)}${event.side ? `, ${event.side} side` : ''}`
    case 'switch-sides':
      return 'Switch sides'
    case 'rest':
      return `Rest. Next: ${exerciseName(event.exerciseId)}`
    case 'next':
      return `Next: ${exerciseName(event.exerciseId)}${event.side ? `, ${event.side} side` : ''}`
    case 'done':
      return 'Routine complete. Well done.'
  }
}
