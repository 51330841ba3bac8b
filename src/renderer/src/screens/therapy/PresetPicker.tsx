import { useId, useState, type FormEvent } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import type { PresetId, TherapyPreset } from '../../../../shared/therapy'
import { SourceLinks } from '../SourceLinks'
import { useCommand } from '../../state/useCommand'

/** No episode open: the person picks what kind of back trouble this is, which sets the suggested pack. */
export function PresetPicker({ presets }: { presets: TherapyPreset[] }) {
  const { t } = useTranslate()
  const [presetId, setPresetId] = useState<PresetId>(presets[0]?.id ?? 'spasm-stiffness')
  const [note, setNote] = useState('')
  const [area, setArea] = useState('')
  const { send, error } = useCommand()
  const baseId = useId()
  const errorId = `${baseId}-error`

  const start = (event: FormEvent): void => {
    event.preventDefault()
    void send({
      type: 'startTherapyEpisode',
      payload: { presetId, ...(note.trim() ? { note } : {}), ...(area.trim() ? { area } : {}) },
    })
  }

  return (
    <form className="therapy-card" onSubmit={start} noValidate>
      <h2>{t('Start an episode')}</h2>
      <p className="therapy-muted">
        {t('An episode groups the sessions for one bout of back trouble, over one or more days.')}
      </p>
      <fieldset className="preset-list">
        <legend>{t('What is going on?')}</legend>
        {presets.map((preset) => {
          const describedBy = `${baseId}-${preset.id}-summary ${baseId}-${preset.id}-sources`
          return (
            <label key={preset.id} className="preset-card" data-selected={preset.id === presetId}>
              <input
                type="radio"
                name="preset"
                value={preset.id}
                checked={preset.id === presetId}
                aria-labelledby={`${baseId}-${preset.id}-title`}
                aria-describedby={describedBy}
                onChange={() => setPresetId(preset.id)}
              />
              <span className="preset-text">
                <span className="preset-title" id={`${baseId}-${preset.id}-title`}>
                  {t(preset.title)}
                </span>
                <span className="preset-summary" id={`${baseId}-${preset.id}-summary`}>
                  {t(preset.summary)}
                </span>
                <SourceLinks ids={preset.sources} id={`${baseId}-${preset.id}-sources`} />
              </span>
            </label>
          )
        })}
      </fieldset>
      <div className="therapy-fields">
        <div className="field">
          <label htmlFor={`${baseId}-area`}>{t('Where it hurts (optional)')}</label>
          <input id={`${baseId}-area`} value={area} maxLength={60} onChange={(e) => setArea(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${baseId}-note`}>{t('Note (optional)')}</label>
          <textarea
            id={`${baseId}-note`}
            value={note}
            maxLength={280}
            rows={2}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </div>
      {error && (
        <p role="alert" id={errorId} className="field-error">
          {t(error)}
        </p>
      )}
      <button type="submit" className="primary">
        {t('Start episode')}
      </button>
    </form>
  )
}
