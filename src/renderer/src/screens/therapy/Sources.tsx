import { useTranslate } from '../../i18n/useTranslate'

/** Source ids from the facts sheet, as small text, so every health claim on screen shows where it comes from. */
export function Sources({ ids, id }: { ids: readonly string[]; id?: string }) {
  const { t } = useTranslate()
  return (
    <p className="therapy-sources" id={id}>
      {t('Sources: {{ids}}', { ids: ids.join(', ') })}
    </p>
  )
}
