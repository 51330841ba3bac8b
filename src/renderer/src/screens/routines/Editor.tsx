import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import {
  BODY_AREAS,
  EXERCISES,
  EXERCISES_BY_ID,
  POSITIONS,
  type BodyArea,
  type Position,
} from '../../../../shared/routines'
import { useConfirmSaved, useDispatch } from '../../state/host-context'
import { AREA_LABELS, POSITION_LABELS } from './labels'
import { amountLabel, draftItem, draftToInput, moveItem, type RoutineDraft } from './draft'
import { refusalOf, type Refusal } from './refusal'
import { useFocusOnMount } from './useFocusOnMount'

interface FocusRequest {
  key: string
  action: 'up' | 'down' | 'remove'
}

/** Build or change one of the person's routines; the companion validates it on Save. */
export function Editor({ initial, onClose }: { initial: RoutineDraft; onClose: (message: string) => void }) {
  const { t } = useTranslate()
  const dispatch = useDispatch()
  const confirmSaved = useConfirmSaved()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [draft, setDraft] = useState(initial)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const pendingFocus = useRef<FocusRequest | null>(null)
  const [area, setArea] = useState<BodyArea | ''>('')
  const [position, setPosition] = useState<Position | ''>('')
  const nameId = useId()
  const areaId = useId()
  const positionId = useId()
  const errorId = useId()

  // After a move the row has changed place; keep focus on the button that was pressed (or its neighbour).
  useEffect(() => {
    const focus = pendingFocus.current
    if (!focus) return
    pendingFocus.current = null
    const row = document.querySelector(`[data-step-key="${focus.key}"]`)
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-action="${focus.action}"]:not(:disabled)`)
    const fallback = row?.querySelector<HTMLButtonElement>('button:not(:disabled)')
    ;(wanted ?? fallback)?.focus()
  })

  const choices = useMemo(
    () =>
      EXERCISES.filter(
        (exercise) => (!area || exercise.bodyAreas.includes(area)) && (!position || exercise.position === position),
      ),
    [area, position],
  )

  // The companion names the step it refused; that step's field is marked.
  const invalidStep = refusal?.step ?? -1
  const update = (changes: Partial<RoutineDraft>): void => setDraft((current) => ({ ...current, ...changes }))
  const move = (index: number, by: -1 | 1, key: string): void => {
    update({ items: moveItem(draft.items, index, by) })
    pendingFocus.current = { key, action: by === -1 ? 'up' : 'down' }
  }
  const remove = (index: number): void => {
    const items = draft.items.filter((_, at) => at !== index)
    update({ items })
    const neighbour = items[Math.min(index, items.length - 1)]
    pendingFocus.current = neighbour ? { key: neighbour.key, action: 'remove' } : null
  }
  const save = async (): Promise<void> => {
    const result = await dispatch({ type: 'saveCustomRoutine', payload: { routine: draftToInput(draft) } })
    if (result.ok) onClose(confirmSaved(t('Saved “{{name}}”.', { name: draft.name.trim() })))
    else setRefusal(refusalOf(result, t))
  }

  return (
    <section className="routine-editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading" ref={heading} tabIndex={-1}>
        {draft.id ? t('Edit your routine') : t('New routine')}
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <div className="field">
          <label htmlFor={nameId}>{t('Routine name')}</label>
          <input
            id={nameId}
            value={draft.name}
            maxLength={80}
            aria-describedby={refusal ? errorId : undefined}
            onChange={(event) => update({ name: event.target.value })}
          />
        </div>

        <h3>{t('Steps')}</h3>
        {draft.items.length === 0 ? <p className="routine-empty">{t('No exercises yet: add some below.')}</p> : null}
        <ol className="editor-steps" aria-label={t('Steps')}>
          {draft.items.map((item, index) => {
            const exercise = EXERCISES_BY_ID[item.exerciseId]
            const name = exercise ? t(exercise.name) : item.exerciseId
            const label = t('step {{number}}, {{exercise}}', { number: index + 1, exercise: name })
            const amount = t(amountLabel(exercise))
            return (
              <li key={item.key} data-step-key={item.key}>
                <span className="editor-step-name">{name}</span>
                <label className="editor-amount">
                  {amount}
                  <input
                    type="number"
                    inputMode="numeric"
                    value={item.amount}
                    aria-label={t('{{amount}} for {{step}}', { amount, step: label })}
                    aria-invalid={index === invalidStep ? true : undefined}
                    aria-describedby={index === invalidStep ? errorId : undefined}
                    onChange={(event) =>
                      update({
                        items: draft.items.map((other) =>
                          other.key === item.key ? { ...other, amount: event.target.value } : other,
                        ),
                      })
                    }
                  />
                </label>
                <span className="editor-step-actions">
                  <button
                    type="button"
                    data-action="up"
                    disabled={index === 0}
                    aria-label={t('Move up: {{step}}', { step: label })}
                    onClick={() => move(index, -1, item.key)}
                  >
                    {t('Move up')}
                  </button>
                  <button
                    type="button"
                    data-action="down"
                    disabled={index === draft.items.length - 1}
                    aria-label={t('Move down: {{step}}', { step: label })}
                    onClick={() => move(index, 1, item.key)}
                  >
                    {t('Move down')}
                  </button>
                  <button
                    type="button"
                    data-action="remove"
                    aria-label={t('Remove {{step}}', { step: label })}
                    onClick={() => remove(index)}
                  >
                    {t('Remove')}
                  </button>
                </span>
              </li>
            )
          })}
        </ol>

        {refusal ? (
          <p id={errorId} role="alert" className="routines-error">
            {refusal.text}
          </p>
        ) : null}
        <div className="editor-actions">
          <button type="submit" className="primary">
            {t('Save routine')}
          </button>
          <button type="button" onClick={() => onClose('')}>
            {t('Cancel')}
          </button>
        </div>
      </form>

      <section className="editor-picker" aria-labelledby="picker-heading">
        <h3 id="picker-heading">{t('Add exercises')}</h3>
        <div className="routine-filters" role="group" aria-label={t('Filter exercises')}>
          <div className="field">
            <label htmlFor={areaId}>{t('Exercise body area')}</label>
            <select id={areaId} value={area} onChange={(event) => setArea(event.target.value as BodyArea | '')}>
              <option value="">{t('Any area')}</option>
              {BODY_AREAS.map((value) => (
                <option key={value} value={value}>
                  {t(AREA_LABELS[value])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={positionId}>{t('Exercise position')}</label>
            <select
              id={positionId}
              value={position}
              onChange={(event) => setPosition(event.target.value as Position | '')}
            >
              <option value="">{t('Any position')}</option>
              {POSITIONS.map((value) => (
                <option key={value} value={value}>
                  {t(POSITION_LABELS[value])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ul className="editor-choices" aria-label={t('Exercises')}>
          {choices.map((exercise) => (
            <li key={exercise.id}>
              <span>
                {t(exercise.name)}{' '}
                <span className="muted">({t(POSITION_LABELS[exercise.position]).toLowerCase()})</span>
              </span>
              <button
                type="button"
                aria-label={t('Add {{exercise}}', { exercise: t(exercise.name) })}
                onClick={() => update({ items: [...draft.items, draftItem(exercise)] })}
              >
                {t('Add')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </section>
  )
}
