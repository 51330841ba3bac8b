import { useEffect, useId, useRef } from 'react'
import type { Snapshot } from '../../../../shared/contract/contract'
import type { BreakScreenRole } from '../../../../shared/hosting/break-screen'
import { msg } from '../../../../shared/i18n'
import { useTranslate } from '../../i18n/useTranslate'
import { useCountdown } from '../../state/useNow'
import { useCommand } from '../../state/useCommand'
import { formatClock } from '../../format'
import { breakInstruction, PROMPT_TITLES } from '../today/labels'
import { Player } from '../routines/Player'
import { usePrepareCueSounds } from '../../sound/CueSounds'
import { SnoozeButtons } from './SnoozeButtons'
import { StrictExits } from './StrictExits'
import './break-screen.css'

const ON_BREAK = msg('Break time')

/**
 * A firm or strict break taking the screen. The main screen holds the break and its answers (and, for a stretch
 * break under way, the routine player); a calm one (another display) only counts down. Firm: Start, Snooze, Skip,
 * and Esc to skip. Strict: Start only, and two deliberate early exits while today's last (see StrictExits).
 * `random` picks the word a strict break asks for.
 */
export function BreakScreen({
  snapshot,
  role,
  random = Math.random,
}: {
  snapshot: Snapshot
  role: BreakScreenRole
  random?: () => number
}) {
  const { t } = useTranslate()
  const { send, error } = useCommand()
  const prepareSounds = usePrepareCueSounds()
  const view = snapshot.reminders
  const titleId = useId()
  const region = useRef<HTMLElement>(null)
  const mode = view.onBreak?.mode ?? view.prompt?.mode
  const strict = mode === 'strict'
  const remaining = useCountdown(view.onBreak?.remainingMs ?? 0, snapshot.at, view.onBreak !== null)
  const phase = view.onBreak ? 'break' : 'prompt'
  // On arrival, and when the prompt turns into the break (its buttons go), focus stays inside the screen; the
  // player, when it comes, has already taken it to its heading.
  useEffect(() => {
    if (!region.current?.contains(document.activeElement)) region.current?.focus()
  }, [phase])
  useEffect(() => {
    if (role !== 'main' || strict) return
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      void send(view.onBreak ? { type: 'endBreak' } : { type: 'skipBreak' })
    }
    window.addEventListener('keydown', escape)
    return () => window.removeEventListener('keydown', escape)
  }, [role, strict, send, view.onBreak])

  const kind = view.onBreak?.kind ?? view.prompt?.kind ?? 'stretch'
  const title = view.onBreak ? t(ON_BREAK) : t(PROMPT_TITLES[kind])
  const minutesLeft = Math.ceil(remaining / 60_000)
  const player = snapshot.routines.player
  const playing = role === 'main' && view.onBreak?.kind === 'stretch' && player !== null && player.status !== 'done'
  return (
    <section
      ref={region}
      className={`break-screen break-screen-${role}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h2 id={titleId}>{title}</h2>
      {view.onBreak && (
        <>
          <p className="break-screen-countdown" aria-hidden="true">
            {formatClock(remaining)}
          </p>
          <p className="visually-hidden" aria-live="polite">
            {t('About {{minutes}} min left.', { minutes: minutesLeft })}
          </p>
        </>
      )}
      {role === 'calm' ? (
        <p>{t('Your break is on the other screen.')}</p>
      ) : (
        <>
          {view.prompt && <p>{breakInstruction(kind, view.prompt.breakSeconds, t)}</p>}
          {playing && <Player player={player} at={snapshot.at} escapeKey={false} />}
          <div className="break-screen-actions">
            {view.prompt && (
              <button
                type="button"
                className="primary"
                onClick={() => {
                  if (kind === 'stretch') prepareSounds()
                  void send({ type: 'startBreak', payload: { kind } })
                }}
              >
                {t('Start')}
              </button>
            )}
            {view.prompt?.canSnooze && (
              <SnoozeButtons
                lengths={view.prompt.snoozeOptions}
                snooze={(minutes) => void send({ type: 'snoozeBreak', payload: { minutes } })}
              />
            )}
            {view.prompt?.canSkip && (
              <button type="button" onClick={() => void send({ type: 'skipBreak' })}>
                {t('Skip')}
              </button>
            )}
            {view.onBreak && !strict && (
              <button type="button" onClick={() => void send({ type: 'endBreak' })}>
                {t('End break')}
              </button>
            )}
          </div>
          {strict ? (
            <StrictExits
              exitsLeft={view.earlyExitsLeft}
              leave={() => void send({ type: 'leaveBreakEarly' })}
              random={random}
            />
          ) : (
            <p className="break-screen-hint">{view.onBreak ? t('Esc ends the break.') : t('Esc skips this break.')}</p>
          )}
          {error && <p role="alert">{error}</p>}
        </>
      )}
    </section>
  )
}
