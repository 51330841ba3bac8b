import { useId, useState, type FormEvent } from 'react'
import { MAX_CALENDAR_FEEDS, type CalendarSettings as Calendar } from '../../../../shared/calendar/settings'
import type { CalendarFeedStatus } from '../../../../shared/calendar/status'
import type { Translate } from '../../../../shared/i18n'
import { translateMessage } from '../../../../shared/kernel/message'
import { useTranslate } from '../../i18n/useTranslate'
import { useHost } from '../../state/host-context'
import { formatWhen } from '../journal/labels'
import { FieldError, SettingsGroup, TextField } from './fields'
import { patchAt, type SettingsSaver } from './useSettingsSaver'
import './calendar-settings.css'

interface Props {
  calendar: Calendar
  statuses: CalendarFeedStatus[]
  timeZone: string
  saver: SettingsSaver
}

/** Calendar feeds whose meetings hold breaks: a desktop feature, since only the desktop host fetches them. */
export function CalendarSettings(props: Props) {
  const { t } = useTranslate()
  const { kind } = useHost()
  if (kind !== 'electron') {
    return (
      <p className="setting-note">
        {t('Calendars are a desktop feature: the desktop app can hold breaks while a meeting in your calendar is on.')}
      </p>
    )
  }
  return <CalendarFeeds {...props} />
}

function CalendarFeeds({ calendar, statuses, timeZone, saver }: Props) {
  const { t, language } = useTranslate()
  const save = (feeds: string[]) => saver.save(patchAt('calendar.feeds', feeds))
  return (
    <SettingsGroup title={t('Calendar')}>
      <p className="setting-note">
        {t(
          'Breaks wait while a meeting in your calendar is on. Paste the private address (iCal or ICS) your calendar offers; Google, Outlook, Fastmail and others have one.',
        )}
      </p>
      <p className="setting-note">{t('The address stays on this computer and is never written to any log.')}</p>
      {calendar.feeds.length > 0 && (
        <ul className="calendar-feeds" aria-label={t('Your calendars')}>
          {calendar.feeds.map((url, index) => (
            <li key={url}>
              <span className="calendar-feed-name">{t('Calendar {{number}} ({{site}})', feedName(url, index))}</span>
              <span className="calendar-feed-status">
                {statusText(
                  statuses.find((status) => status.url === url),
                  t,
                  (wall) => formatWhen(wall, timeZone, language),
                )}
              </span>
              <button
                type="button"
                aria-label={t('Remove calendar {{number}} ({{site}})', feedName(url, index))}
                onClick={() => void save(calendar.feeds.filter((feed) => feed !== url))}
              >
                {t('Remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {calendar.feeds.length < MAX_CALENDAR_FEEDS ? (
        <AddFeed feeds={calendar.feeds} saver={saver} onAdd={save} />
      ) : (
        <p className="setting-note">{t('Unknot reads at most 5 calendars.')}</p>
      )}
      <TextField
        label={t('Your e-mail address in these calendars')}
        path="calendar.email"
        saver={saver}
        value={calendar.email}
        hint={t('Optional: meetings you declined are then left out.')}
      />
    </SettingsGroup>
  )
}

function AddFeed({
  feeds,
  saver,
  onAdd,
}: {
  feeds: string[]
  saver: SettingsSaver
  onAdd: (feeds: string[]) => Promise<boolean>
}) {
  const { t } = useTranslate()
  const inputId = useId()
  const errorId = useId()
  const [draft, setDraft] = useState('')
  const error = saver.errors[`calendar.feeds.${feeds.length}`] ?? saver.errors['calendar.feeds']
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (draft.trim() === '') return
    void onAdd([...feeds, draft.trim()]).then((saved) => saved && setDraft(''))
  }
  return (
    <form className="calendar-add" onSubmit={submit}>
      <label htmlFor={inputId}>{t('Calendar address')}</label>
      <input
        id={inputId}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit">{t('Add calendar')}</button>
      <FieldError id={errorId} message={error} />
    </form>
  )
}

/** A feed is named by its place and its site, never by its whole (secret) address. */
function feedName(url: string, index: number): { number: number; site: string } {
  return { number: index + 1, site: URL.canParse(url) ? new URL(url).hostname : '?' }
}

function statusText(status: CalendarFeedStatus | undefined, t: Translate, when: (wall: number) => string): string {
  if (!status || status.state === 'waiting') {
    return status?.lastGoodAtWall === undefined
      ? t('Not fetched yet.')
      : t('Fetching… The copy from {{time}} is used meanwhile.', { time: when(status.lastGoodAtWall) })
  }
  if (status.state === 'ok') return t('Last fetched {{time}}.', { time: when(status.fetchedAtWall) })
  const problem = translateMessage(t, status.error)
  return status.lastGoodAtWall === undefined
    ? problem
    : t('{{problem}} The copy from {{time}} is used meanwhile.', { problem, time: when(status.lastGoodAtWall) })
}
