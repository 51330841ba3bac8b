import { useId, useMemo, useState } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import {
  BODY_AREAS,
  BUILT_IN_ROUTINES,
  POSITIONS,
  filterRoutines,
  type BodyArea,
  type Position,
  type Routine,
  type RoutineFilter,
  type RoutineSummary,
} from '../../../../shared/routines'
import { AREA_LABELS, POSITION_LABELS } from './labels'
import { RoutineCard, type CardActions } from './RoutineCard'
import { FlareLibraryNote } from './FlareLibraryNote'

const LENGTHS = [3, 5, 10] as const

function FilterSelect<T extends string>({
  label,
  value,
  anyLabel,
  options,
  onChange,
}: {
  label: string
  value: T | ''
  anyLabel: string
  options: ReadonlyArray<{ value: T; label: string }>
  onChange: (value: T | '') => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T | '')}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The routine library. Which routines match is decided by the core's `filterRoutines`; the cards show the
 * snapshot's summaries of those routines.
 */
export function Library({
  library,
  customRoutines,
  actions,
  gentleOnly = false,
}: {
  library: RoutineSummary[]
  customRoutines: Routine[]
  actions: CardActions
  /** flare mode: only gentle routines are offered, unless the person asks for all */
  gentleOnly?: boolean
}) {
  const { t } = useTranslate()
  const [area, setArea] = useState<BodyArea | ''>('')
  const [position, setPosition] = useState<Position | ''>('')
  const [length, setLength] = useState<`${(typeof LENGTHS)[number]}` | ''>('')
  const [showAll, setShowAll] = useState(false)
  const gentle = gentleOnly && !showAll
  const shown = useMemo(() => {
    const filter: RoutineFilter = {
      ...(area ? { area } : {}),
      ...(position ? { position } : {}),
      ...(length ? { maxMinutes: Number(length) } : {}),
    }
    const matching = new Set(filterRoutines([...BUILT_IN_ROUTINES, ...customRoutines], filter).map(({ id }) => id))
    return library.filter((summary) => matching.has(summary.id) && (!gentle || summary.intensity === 'gentle'))
  }, [library, customRoutines, area, position, length, gentle])

  return (
    <section className="routine-library" aria-labelledby="routine-library-heading">
      <h2 id="routine-library-heading">{t('Library')}</h2>
      {gentleOnly && <FlareLibraryNote showAll={showAll} onToggle={() => setShowAll((all) => !all)} />}
      <div className="routine-filters" role="group" aria-label={t('Filter routines')}>
        <FilterSelect
          label={t('Body area')}
          value={area}
          anyLabel={t('Any area')}
          options={BODY_AREAS.map((value) => ({ value, label: t(AREA_LABELS[value]) }))}
          onChange={setArea}
        />
        <FilterSelect
          label={t('Position')}
          value={position}
          anyLabel={t('Any position')}
          options={POSITIONS.map((value) => ({ value, label: t(POSITION_LABELS[value]) }))}
          onChange={setPosition}
        />
        <FilterSelect
          label={t('Length')}
          value={length}
          anyLabel={t('Any length')}
          options={LENGTHS.map((minutes) => ({
            value: `${minutes}` as const,
            label: t('Up to {{count}} minutes', { count: minutes }),
          }))}
          onChange={setLength}
        />
      </div>
      <p role="status" className="routine-count">
        {t('{{count}} routines', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className="routine-empty">{t('No routine matches all of these. Try a longer length or any position.')}</p>
      ) : (
        <ul className="routine-cards" aria-label={t('Routines')}>
          {shown.map((summary) => (
            <li key={summary.id}>
              <RoutineCard summary={summary} actions={actions} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
