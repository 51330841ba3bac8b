import { useTranslate } from '../../i18n/useTranslate'
import type { TherapyPreset, TherapyView } from '../../../../shared/therapy'
import { useCommand } from '../../state/useCommand'
import { dateTimeFormat } from './labels'

type Episode = NonNullable<TherapyView['episode']>

/** Which episode is open, since when, and the way to close it. */
export function EpisodeHeader({
  episode,
  preset,
  timeZone,
  canEnd,
}: {
  episode: Episode
  preset: TherapyPreset | undefined
  timeZone: string
  canEnd: boolean
}) {
  const { t, language } = useTranslate()
  const { send, error } = useCommand()
  const since = dateTimeFormat(language, timeZone).format(episode.startWall)
  return (
    <section className="episode-header" aria-labelledby="episode-title">
      <div>
        <h2 id="episode-title">{t('Episode: {{preset}}', { preset: preset ? t(preset.title) : episode.presetId })}</h2>
        <p className="therapy-muted">
          {t('Since {{date}}', { date: since })}
          {episode.area && <> · {episode.area}</>}
          {episode.note && <> · {episode.note}</>}
        </p>
      </div>
      <div className="episode-actions">
        <button
          type="button"
          disabled={!canEnd}
          title={canEnd ? undefined : t('End the current session first.')}
          onClick={() => void send({ type: 'endTherapyEpisode' })}
        >
          {t('End episode')}
        </button>
        {error && (
          <p role="alert" className="field-error">
            {t(error)}
          </p>
        )}
      </div>
    </section>
  )
}
