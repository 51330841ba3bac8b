import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { patchAt, type SettingsSaver } from './useSettingsSaver'

interface FieldProps {
  label: string
  path: string
  saver: SettingsSaver
}

/** The core's validation message is English; it is shown in the person's language. */
export function FieldError({ id, message }: { id?: string; message: string | undefined }) {
  const { t } = useTranslation()
  return message ? (
    <p id={id} className="field-error">
      {t(message)}
    </p>
  ) : null
}

export function ToggleField({ label, path, saver, checked }: FieldProps & { checked: boolean }) {
  const errorId = useId()
  const error = saver.errors[path]
  return (
    <div className="field field-toggle">
      <label>
        <input
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => void saver.save(patchAt(path, event.target.checked))}
        />
        {label}
      </label>
      <FieldError id={errorId} message={error} />
    </div>
  )
}

/**
 * A number is saved when the person leaves the field or presses Enter, not on every keystroke, so a half-typed
 * value is never judged. `toStored`/`fromStored` convert units (e.g. percent to a 0–1 fraction).
 */
export function NumberField({
  label,
  path,
  saver,
  value,
  unit,
  min,
  max,
  step = 1,
  toStored = (shown) => shown,
  fromStored = (stored) => stored,
}: FieldProps & {
  value: number
  unit: string
  min: number
  max: number
  step?: number
  toStored?: (shown: number) => number
  fromStored?: (stored: number) => number
}) {
  const inputId = useId()
  const errorId = useId()
  const shown = fromStored(value)
  const [draft, setDraft] = useState(String(shown))
  // When the stored value changes (saved here, reset, or changed elsewhere), the field shows it again.
  const [syncedWith, setSyncedWith] = useState(shown)
  if (syncedWith !== shown) {
    setSyncedWith(shown)
    setDraft(String(shown))
  }
  const error = saver.errors[path]
  const commit = (): void => {
    if (draft === String(shown)) return
    const parsed = draft.trim() === '' ? Number.NaN : Number(draft)
    void saver.save(patchAt(path, Number.isFinite(parsed) ? toStored(parsed) : draft))
  }
  return (
    <div className="field field-number">
      <label htmlFor={inputId}>{label}</label>
      <span className="input-with-unit">
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit()
          }}
        />
        <span aria-hidden="true">{unit}</span>
      </span>
      <FieldError id={errorId} message={error} />
    </div>
  )
}

/** Text saved on blur or Enter, like NumberField, with an optional hint under it. */
export function TextField({ label, path, saver, value, hint }: FieldProps & { value: string; hint?: string }) {
  const inputId = useId()
  const errorId = useId()
  const hintId = useId()
  const [draft, setDraft] = useState(value)
  const [syncedWith, setSyncedWith] = useState(value)
  if (syncedWith !== value) {
    setSyncedWith(value)
    setDraft(value)
  }
  const error = saver.errors[path]
  const commit = (): void => {
    if (draft !== value) void saver.save(patchAt(path, draft.trim()))
  }
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="field field-text">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
        }}
      />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  )
}

export function SelectField<T extends string>({
  label,
  path,
  saver,
  value,
  options,
}: FieldProps & { value: T; options: ReadonlyArray<{ value: T; label: string }> }) {
  const inputId = useId()
  const errorId = useId()
  const error = saver.errors[path]
  return (
    <div className="field field-select">
      <label htmlFor={inputId}>{label}</label>
      <select
        id={inputId}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => void saver.save(patchAt(path, event.target.value))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  )
}

export function SettingsGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="settings-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  )
}
