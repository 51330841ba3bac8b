import { useTranslation } from 'react-i18next'
import type { Screen } from '../../../shared/contract'

export function ComingSoon({ screen }: { screen: Screen }) {
  const { t } = useTranslation()
  return (
    <p className="coming-soon" data-screen={screen}>
      {t('This part of Unknot is coming soon.')}
    </p>
  )
}
