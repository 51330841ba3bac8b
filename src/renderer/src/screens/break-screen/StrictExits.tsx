import { useId, useState } from 'react'
import { exitWordOf } from '../../../../shared/hosting/break-screen'
import { useTranslate } from '../../i18n/useTranslate'
import { useHold } from './useHold'

/**
 * A strict break's two deliberate ways out, while today's early exits last: hold Esc (or the button) for 3 seconds,
 * or type the word shown, picked by `random` for this break. Either spends one exit (`leave`). With none left,
 * neither is offered and the screen says so.
 */
export function StrictExits({
  exitsLeft,
  leave,
  random,
}: {
  exitsLeft: number
  leave: () => void
  random: () => number
}) {
  const { t } = useTranslate()
  const [wordKey] = useState(() => exitWordOf(random))
  const [typed, setTyped] = useState('')
  const inputId = useId()
  const hold = useHold(exitsLeft > 0 ? leave : null)
  if (exitsLeft === 0) {
    return <p className="break-screen-budget">{t('No early exits left today: this break runs to its end.')}</p>
  }
  const word = t(wordKey)
  return (
    <>
      <button
        type="button"
        onPointerDown={hold.start}
        onPointerUp={hold.stop}
        onPointerLeave={hold.stop}
        onKeyDown={(event) => (event.key === ' ' || event.key === 'Enter') && hold.start()}
        onKeyUp={hold.stop}
      >
        {t('Hold to leave early')}
      </button>
      <p className="break-screen-budget">
        {t('{{count}} early exits left today. Hold Esc for 3 seconds, or type the word below, to leave early.', {
          count: exitsLeft,
        })}
      </p>
      <p className="break-screen-word" aria-hidden="true">
        {word}
      </p>
      <div className="break-screen-type">
        <label htmlFor={inputId}>{t('Type “{{word}}” to leave early', { word })}</label>
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value)
            if (event.target.value === word) leave()
          }}
        />
      </div>
    </>
  )
}
