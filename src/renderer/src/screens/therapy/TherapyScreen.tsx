import type { Snapshot } from '../../../../shared/contract/contract'
import { msg } from '../../../../shared/i18n'
import { PRESETS, SAFETY_CHECKLIST } from '../../../../shared/therapy'
import { EpisodeHeader } from './EpisodeHeader'
import { EpisodeTimeline } from './EpisodeTimeline'
import { PresetPicker } from './PresetPicker'
import { RunningSession } from './RunningSession'
import { SafetyChecklist } from './SafetyChecklist'
import { SessionSetup } from './SessionSetup'
import { SuggestionBanner } from './SuggestionBanner'
import { TherapyLinks } from './TherapyLinks'
import './therapy.css'

/** Heat and cold therapy: episode → safety list → sessions, all driven by the core's TherapyView. */
export function TherapyScreen({ snapshot }: { snapshot: Snapshot }) {
  const therapy = snapshot.therapy
  const { episode, session } = therapy
  const preset = episode ? PRESETS.find((p) => p.id === episode.presetId) : undefined

  return (
    <div className="therapy">
      {!episode ? (
        <PresetPicker presets={PRESETS} />
      ) : (
        <>
          <EpisodeHeader episode={episode} preset={preset} timeZone={snapshot.timeZone} canEnd={session === null} />
          {therapy.suggestion && <SuggestionBanner from={therapy.suggestion.from} to={therapy.suggestion.to} />}
          {!episode.safetyConfirmed ? (
            <SafetyChecklist items={SAFETY_CHECKLIST} />
          ) : session ? (
            <RunningSession session={session} at={snapshot.at} />
          ) : (
            <SessionSetup
              episode={episode}
              kinds={preset?.kinds ?? ['cold', 'heat']}
              limits={therapy.limits}
              rest={therapy.rest}
              dailySessionCap={therapy.dailySessionCap}
              at={snapshot.at}
            />
          )}
        </>
      )}
      {(episode || therapy.history.length > 0) && (
        <EpisodeTimeline
          history={therapy.history}
          timeZone={snapshot.timeZone}
          title={episode ? msg('Sessions in this episode') : msg('Earlier sessions')}
        />
      )}
      <TherapyLinks />
    </div>
  )
}
