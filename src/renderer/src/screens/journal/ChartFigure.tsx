import { useId, useState, type ReactNode } from 'react'

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
  const [showTable, setShowTable] = useState(false)
  const tableId = useId()
  return (
    <figure className="chart-figure">
      <figcaption>{title}</figcaption>
      {legend}
      {chart}
      <button
        type="button"
        className="link-button"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? 'Hide the numbers' : 'Show the numbers'}
        <span className="visually-hidden"> for {title.toLowerCase()}</span>
      </button>
      <div id={tableId} className={showTable ? 'chart-table' : 'chart-table visually-hidden'}>
        {table}
      </div>
    </figure>
  )
}
