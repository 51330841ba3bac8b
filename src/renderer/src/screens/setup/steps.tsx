import { useId } from 'react'
import { LOCALE_NAMES, LOCALES, msg, type LanguageChoice } from '../../../../shared/i18n'
import type { BreakMode } from '../../../../shared/reminders'
import { useTranslate } from '../../i18n/useTranslate'
import { DAYS } from '../settings/ReminderSettings'
import { standUpChoices, type SetupDraft } from './draft'

export interface StepProps {
  draft: SetupDraft
  change: (part: Partial<SetupDraft>) => void
}

export function Welcome() {
  const { t } = useTranslate()
  return (
    <>
      <p>
        {t(
          'Unknot notices when you have been sitting for a long stretch and reminds you to stand up and move. It also guides short stretch routines, times heat and cold packs, and explains back spasms in plain words.',
        )}
      </p>
      <h3>{t('What Unknot is not')}</h3>
      <ul className="setup-list">
        <li>{t('It is not medical advice, and it cannot tell what is causing your pain.')}</li>
        <li>{t('It does not replace a doctor or a physiotherapist.')}</li>
        <li>{t('It never reads what you type: it only notices how long since your last key press or mouse move.')}</li>
      </ul>
      <p>
        {t('If your pain is severe, new or worrying, look at the warning signs first:')}{' '}
        <a href="#/red-flags">{t('Is this serious?')}</a>
      </p>
    </>
  )
}

export function WorkingHours({ draft, change }: StepProps) {
  const { t } = useTranslate()
  const hint = useId()
  return (
    <>
      <p id={hint}>{t('Reminders come only in these hours. Outside them, sitting is not counted.')}</p>
      <fieldset className="setup-days" aria-describedby={hint}>
        <legend>{t('Working days')}</legend>
        {DAYS.map(({ day, label }) => (
          <label key={day}>
            <input
              type="checkbox"
              checked={draft.days.includes(day)}
              onChange={(event) =>
                change({
                  days: event.target.checked ? [...draft.days, day] : draft.days.filter((other) => other !== day),
                })
              }
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <div className="setup-times">
        <label>
          {t('Start time')}
          <input type="time" value={draft.start} onChange={(event) => change({ start: event.target.value })} />
        </label>
        <label>
          {t('End time')}
          <input type="time" value={draft.end} onChange={(event) => change({ end: event.target.value })} />
        </label>
      </div>
    </>
  )
}

/**
 * A choice of one, as native radio buttons: Tab reaches the chosen one, the arrow keys move the choice. An option's
 * sentence, when it has one, describes its radio button.
 */
function Choices<T extends string | number>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string
  name: string
  options: ReadonlyArray<{ value: T; label: string; sentence?: string }>
  value: T
  onChange: (value: T) => void
}) {
  const id = useId()
  return (
    <fieldset className="setup-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className="setup-choice">
          <label>
            <input
              type="radio"
              name={name}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.sentence ? `${id}-${option.value}` : undefined}
            />
            {option.label}
          </label>
          {option.sentence && (
            <p id={`${id}-${option.value}`} className="setup-choice-sentence">
              {option.sentence}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  )
}

export function StandUp({ draft, change }: StepProps) {
  const { t } = useTranslate()
  return (
    <>
      <Choices
        legend={t('Stand up after this much sitting')}
        name="stand-up"
        options={standUpChoices(draft.standUpEvery).map((minutes) => ({
          value: minutes,
          label: t('{{minutes}} minutes', { minutes }),
        }))}
        value={draft.standUpEvery}
        onChange={(standUpEvery) => change({ standUpEvery })}
      />
      <p className="setup-note">
        {t('Time away from the desk is not sitting: a few minutes without a key press or mouse move count as a break.')}
      </p>
    </>
  )
}

const MODES: ReadonlyArray<{ value: BreakMode; label: string; sentence: string }> = [
  {
    value: 'gentle',
    label: msg('Gentle'),
    sentence: msg('A notification and a prompt on Today; you can snooze or skip it and carry on.'),
  },
  {
    value: 'firm',
    label: msg('Firm'),
    sentence: msg('A break screen covers every display, with Snooze and Skip still on it.'),
  },
  {
    value: 'strict',
    label: msg('Strict'),
    sentence: msg(
      'A break screen without Snooze or Skip; you can leave early only a few times a day, as set in Settings.',
    ),
  },
]

export function Firmness({ draft, change }: StepProps) {
  const { t } = useTranslate()
  return (
    <>
      <Choices
        legend={t('Stretch breaks and micro-breaks')}
        name="break-mode"
        options={MODES.map((mode) => ({ value: mode.value, label: t(mode.label), sentence: t(mode.sentence) }))}
        value={draft.mode}
        onChange={(mode) => change({ mode })}
      />
      <p className="setup-note">
        {t('Calls, meetings and presentations hold every break, strict ones too: a break screen never covers a call.')}
      </p>
    </>
  )
}

export function Extras({ draft, change }: StepProps) {
  const { t } = useTranslate()
  return (
    <>
      <p>{t('Both are optional. How often each comes, and for how long, can be changed in Settings at any time.')}</p>
      <label className="setup-toggle">
        <input type="checkbox" checked={draft.micro} onChange={(event) => change({ micro: event.target.checked })} />
        {t('Micro-breaks: now and then, look away from the screen and sit tall for a few seconds')}
      </label>
      <label className="setup-toggle">
        <input type="checkbox" checked={draft.water} onChange={(event) => change({ water: event.target.checked })} />
        {t('Water: now and then, a reminder to fetch a drink')}
      </label>
    </>
  )
}

const SYSTEM_LANGUAGE = msg('Follow the system')

export function Language({ draft, change }: StepProps) {
  const { t } = useTranslate()
  const choices: Array<{ value: LanguageChoice; label: string }> = [
    { value: 'system', label: t(SYSTEM_LANGUAGE) },
    // Each language keeps its own name, so anyone can find theirs.
    ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
  ]
  return (
    <Choices
      legend={t('Language')}
      name="language"
      options={choices}
      value={draft.language}
      onChange={(language) => change({ language })}
    />
  )
}
