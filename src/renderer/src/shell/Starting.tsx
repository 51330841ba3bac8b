import { useTranslation } from 'react-i18next'
import { useStartFailed } from '../state/host-context'
import { LoadFailed } from './LoadFailed'

/** Shown until the first snapshot; if the companion's code could not be loaded, says so and offers to reload. */
export function Starting() {
  const { t } = useTranslation()
  return useStartFailed() ? <LoadFailed /> : <p role="status">{t('Starting…')}</p>
}
