import type { TherapyPreset, TherapyView } from '../../../../shared/therapy'
import { useCommand } from './useCommand'

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
  const { send, error } = useCommand()
  const since = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(episode.startWall)
  return (
    <section className="episode-header" aria-labelledby="episode-title">
      <div>
        <h2 id="episode-title">Episode: {preset?.title ?? episode.presetId}</h2>
        <p className="therapy-muted">
          Since {since}
          {episode.area && <> · {episode.area}</>}
          {episode.note && <> · {episode.note}</>}
        </p>
      </div>
      <div className="episode-actions">
        <button
          type="button"
          disabled={!canEnd}
          title={canEnd ? undefined : 'End the current session first.'}
          onClick={() => void send({ type: 'endTherapyEpisode' })}
        >
          End episode
        </button>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </div>
    </section>
  )
}
