import { msg } from '../../../../shared/i18n'
import type { FlareView } from '../../../../shared/flare'
import { FLARE_SOURCES, FLARE_STRETCH_MINUTES } from '../../../../shared/flare/rules'
import { useTranslate } from '../../i18n/useTranslate'
import { useScreen } from '../../shell/routes'
import { useCommand } from '../../state/useCommand'
import { SourceLinks } from '../SourceLinks'
import { formatWhen } from '../journal/labels'
import './flare-progress.css'

const REASON = {
  intense: msg('You logged a strong spasm.'),
  repeated: msg('You logged spasms close together.'),
} as const

/** The offer of flare mode, flare mode while it is on, and its "feeling better?" question. */
export function FlareCard({ flare, timeZone }: { flare: FlareView; timeZone: string }) {
  const { t, language } = useTranslate()
  const [, go] = useScreen()
  const { send, error } = useCommand()
  const { offer, active } = flare
  if (!offer && !active) return null
  const problem = error && (
    <p role="alert" className="today-error">
      {error}
    </p>
  )

  if (offer) {
    return (
      <section className="flare-card" aria-labelledby="flare-title">
        <h2 id="flare-title">{t('Try flare mode for a few days?')}</h2>
        <p>
          {t(REASON[offer.reason])}{' '}
          {t(
            'Flare mode keeps you moving gently while your back is sore: a stretch break every {{minutes}} minutes of sitting (our own choice of rhythm), only gentle routines, and the heat timer one click away. Staying active is better for a sore back than resting in bed, though nothing here makes a spasm pass sooner. You can end it any time.',
            { minutes: FLARE_STRETCH_MINUTES },
          )}
        </p>
        <SourceLinks ids={FLARE_SOURCES} />
        <div className="flare-actions">
          <button type="button" className="primary" onClick={() => void send({ type: 'acceptFlareMode' })}>
            {t('Turn on flare mode')}
          </button>
          <button type="button" onClick={() => void send({ type: 'declineFlareMode' })}>
            {t('Not now')}
          </button>
        </div>
        {problem}
      </section>
    )
  }
  if (!active) return null
  const until = formatWhen(active.untilWall, timeZone, language)

  if (active.askingToEase) {
    return (
      <section className="flare-card" aria-labelledby="flare-title">
        <h2 id="flare-title">{t('Feeling better? Back to your usual rhythm')}</h2>
        <p>{t('No spasm of 4 or more for 3 days. Your own settings come back exactly as they were.')}</p>
        <div className="flare-actions">
          <button type="button" className="primary" onClick={() => void send({ type: 'endFlareMode' })}>
            {t('Back to my usual rhythm')}
          </button>
          <button type="button" onClick={() => void send({ type: 'keepFlareMode' })}>
            {t('Not yet')}
          </button>
        </div>
        {problem}
      </section>
    )
  }

  return (
    <section className="flare-card" aria-labelledby="flare-title">
      <h2 id="flare-title">{t('Flare mode is on until {{when}}', { when: until })}</h2>
      <p>
        {t(
          'A stretch break every {{minutes}} minutes of sitting and only gentle routines. Keep moving gently, and stop anything that makes the pain worse.',
          { minutes: active.stretchEveryMinutes },
        )}
      </p>
      <SourceLinks ids={FLARE_SOURCES} />
      <div className="flare-actions">
        <button type="button" className="primary" onClick={() => go('therapy')}>
          {t('Heat pack timer')}
        </button>
        {active.offerRedFlags && (
          <>
            <button
              type="button"
              onClick={() => {
                void send({ type: 'closeFlareRedFlags' })
                go('red-flags')
              }}
            >
              {t('Check for warning signs')}
            </button>
            <button type="button" className="link-button" onClick={() => void send({ type: 'closeFlareRedFlags' })}>
              {t('No need to check')}
            </button>
          </>
        )}
        <button type="button" onClick={() => void send({ type: 'endFlareMode' })}>
          {t('End flare mode')}
        </button>
      </div>
      {problem}
    </section>
  )
}
