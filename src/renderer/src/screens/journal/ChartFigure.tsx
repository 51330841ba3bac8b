import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './chart.css'

/**
 * A chart with its accessible name, a legend in words and a table of the same numbers. The table is always
 * there for screen readers and can be shown on screen with a button.
 */
export function ChartFigure({
  title,
  legend,
  chart,
  table,
}: {
  title: string
  legend?: ReactNode
  chart: ReactNode
  table: ReactNode
}) {
  const { t } = useTranslation()
  const [showTable, setShowTable] = useState(false)
  const tableId = useId()
  const captionId = useId()
  return (
    <figure className="chart-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      {legend}
      {chart}
      <button
        type="button"
        className="link-button"
        // The visible words come first in the name, so voice control users can say what they see.
        aria-label={
          showTable
            ? t('Hide the numbers for {{chart}}', { chart: title.toLowerCase() })
            : t('Show the numbers for {{chart}}', { chart: title.toLowerCase() })
        }
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? t('Hide the numbers') : t('Show the numbers')}
      </button>
      <div id={tableId} className={showTable ? 'chart-table' : 'chart-table visually-hidden'}>
        {table}
      </div>
    </figure>
  )
}
