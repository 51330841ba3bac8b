import { memo } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import type { Exercise, SegmentView } from '../../../../shared/routines'
import { SourceLinks } from '../SourceLinks'

/**
 * How to do the exercise under way (or coming up). Memoised: it changes with the step, not with the player's
 * once-a-second countdown; and the guide itself only with the exercise, so going from "Coming up" to doing it
 * re-translates the heading alone.
 */
export const PlayerGuide = memo(function PlayerGuide({
  exercise,
  kind,
}: {
  exercise: Exercise
  kind: SegmentView['kind']
}) {
  const { t } = useTranslate()
  return (
    <div className="player-guide">
      <h3>{kind === 'exercise' ? t('How to do it') : t('Coming up: {{exercise}}', { exercise: t(exercise.name) })}</h3>
      <Guide exercise={exercise} />
    </div>
  )
})

const Guide = memo(function Guide({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslate()
  return (
    <>
      <ol>
        {exercise.steps.map((step) => (
          <li key={step}>{t(step)}</li>
        ))}
      </ol>
      <p>
        <strong>{t('Breathing:')}</strong> {t(exercise.breathing)}
      </p>
      <ul className="player-cautions" aria-label={t('Take care')}>
        {exercise.cautions.map((caution) => (
          <li key={caution}>{t(caution)}</li>
        ))}
      </ul>
      <SourceLinks ids={exercise.sources} />
    </>
  )
})
