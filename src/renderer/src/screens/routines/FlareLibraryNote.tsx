import { useTranslate } from '../../i18n/useTranslate'

/** During flare mode the library offers gentle routines only; the person can still see every routine. */
export function FlareLibraryNote({ showAll, onToggle }: { showAll: boolean; onToggle: () => void }) {
  const { t } = useTranslate()
  return (
    <p className="routine-flare-note">
      {showAll
        ? t('Flare mode is on: every routine is shown, including floor strength work and deep bends.')
        : t('Flare mode is on: only gentle routines, with no floor strength work and no deep forward bends.')}{' '}
      <button type="button" className="link-button" aria-pressed={showAll} onClick={onToggle}>
        {t('Show all routines')}
      </button>
    </p>
  )
}
