import { useId, useState } from 'react'
import { failureText } from '../../../../shared/kernel/message'
import { useTranslate } from '../../i18n/useTranslate'
import {
  MAX_NOTE_LENGTH,
  SPASM_AREAS,
  SPASM_SIDES,
  SPASM_TRIGGERS,
  type SpasmArea,
  type SpasmSide,
  type SpasmTrigger,
} from '../../../../shared/journal'
import { useConfirmSaved, useDispatch } from '../../state/host-context'
import { AREA_LABEL, SIDE_LABEL, TRIGGER_LABEL } from './labels'
import { RadioGroup } from './RadioGroup'

const INTENSITIES = Array.from({ length: 11 }, (_, value) => value)

// Defaults for someone who sits all day: a lower back spasm of middling strength after a long sit. Every field
// is one click or one arrow key away, so logging takes a few seconds.
const DEFAULTS = {
  area: 'lower' as SpasmArea,
  side: 'centre' as SpasmSide,
  intensity: 5,
  trigger: 'long-sitting' as SpasmTrigger,
}

export function LogSpasmForm() {
  const { t } = useTranslate()
  const dispatch = useDispatch()
  const confirmSaved = useConfirmSaved()
  const noteId = useId()
  const [area, setArea] = useState(DEFAULTS.area)
  const [side, setSide] = useState(DEFAULTS.side)
  const [intensity, setIntensity] = useState(DEFAULTS.intensity)
  const [trigger, setTrigger] = useState(DEFAULTS.trigger)
  const [note, setNote] = useState('')
  const [status, setStatus] = useState<{ ok: true; text: string } | { ok: false; text: string } | null>(null)

  const save = async () => {
    const result = await dispatch({ type: 'logSpasm', payload: { area, side, intensity, trigger, note } })
    if (!result.ok) {
      setStatus({ ok: false, text: failureText(t, result) })
      return
    }
    setStatus({
      ok: true,
      text: confirmSaved(
        t('Saved: {{area}}, intensity {{intensity}} of 10.', { area: t(AREA_LABEL[area]).toLowerCase(), intensity }),
      ),
    })
    // A slow acknowledgement (another tab taking over the core, say) must not wipe a note typed since.
    setNote((current) => (current === note ? '' : current))
  }

  return (
    <section className="journal-card" aria-labelledby="log-spasm-heading">
      <h2 id="log-spasm-heading">{t('Log a spasm')}</h2>
      <form
        className="log-spasm"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <RadioGroup
          legend={t('Where')}
          name="area"
          options={SPASM_AREAS.map((value) => ({ value, label: t(AREA_LABEL[value]) }))}
          value={area}
          onChange={setArea}
        />
        <RadioGroup
          legend={t('Side')}
          name="side"
          options={SPASM_SIDES.map((value) => ({ value, label: t(SIDE_LABEL[value]) }))}
          value={side}
          onChange={setSide}
        />
        <RadioGroup
          legend={t('Intensity (0 = none, 10 = the worst you can imagine)')}
          name="intensity"
          className="intensity"
          options={INTENSITIES.map((value) => ({ value, label: String(value) }))}
          value={intensity}
          onChange={setIntensity}
        />
        <RadioGroup
          legend={t('What was happening')}
          name="trigger"
          options={SPASM_TRIGGERS.map((value) => ({ value, label: t(TRIGGER_LABEL[value]) }))}
          value={trigger}
          onChange={setTrigger}
        />
        <div className="field log-note">
          <label htmlFor={noteId}>{t('Note (optional)')}</label>
          <textarea
            id={noteId}
            rows={2}
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            aria-describedby={`${noteId}-count`}
            onChange={(event) => setNote(event.target.value)}
          />
          <p id={`${noteId}-count`} className="field-hint">
            {t('{{length}} of {{max}} characters', { length: note.length, max: MAX_NOTE_LENGTH })}
          </p>
        </div>
        <div className="log-save">
          <button type="submit" className="primary">
            {t('Save')}
          </button>
          <p role="status" className="log-status">
            {status?.ok ? status.text : ''}
          </p>
        </div>
        {status && !status.ok && (
          <p role="alert" className="field-error">
            {status.text}
          </p>
        )}
      </form>
    </section>
  )
}
