import { useState, type FormEvent } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import { msg } from '../../../../shared/i18n'
import type { SafetyItem } from '../../../../shared/therapy'
import { SourceLinks } from '../SourceLinks'
import { useCommand } from '../../state/useCommand'

const NOT_ALL_TICKED = msg('Please tick every item before the first session: each one keeps your skin safe.')

/** Once per episode, before the first session: the person ticks every safety point. */
export function SafetyChecklist({ items }: { items: SafetyItem[] }) {
  const { t } = useTranslate()
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  const { send, error, setError } = useCommand()

  const toggle = (id: string, on: boolean): void => {
    const next = new Set(ticked)
    if (on) next.add(id)
    else next.delete(id)
    setTicked(next)
  }
  const confirm = (event: FormEvent): void => {
    event.preventDefault()
    if (!items.every((item) => ticked.has(item.id))) {
      setError(NOT_ALL_TICKED)
      return
    }
    void send({ type: 'confirmTherapySafety', payload: { itemIds: items.map((item) => item.id) } })
  }
  const sources = [...new Set(items.flatMap((item) => item.sources))]

  return (
    <form className="therapy-card" onSubmit={confirm} noValidate>
      <h2>{t('Before your first session')}</h2>
      <fieldset className="safety-list">
        <legend>{t('Read and tick each point')}</legend>
        {items.map((item) => (
          <label key={item.id} className="safety-item">
            <input
              type="checkbox"
              checked={ticked.has(item.id)}
              onChange={(event) => toggle(item.id, event.target.checked)}
            />
            {t(item.text)}
          </label>
        ))}
      </fieldset>
      <SourceLinks ids={sources} />
      {error && (
        <p role="alert" className="field-error">
          {t(error)}
        </p>
      )}
      <button type="submit" className="primary">
        {t('I have read these')}
      </button>
    </form>
  )
}
