import { msg } from '../../../../shared/i18n'
import { common, countAndRightAxes, countBars, countRange } from '../journal/chart-options'
import type { OptionsFor } from '../journal/UPlotChart'

const BREAKS_TAKEN = msg('Breaks taken, prompted or natural')
const ROUTINES_FINISHED = msg('Routines finished')
const STRETCH_MINUTES = msg('Minutes of stretching')
const COUNT = msg('Count')

/** The week on Today: breaks as bars and routines as points (left, counts), minutes as a line (right). */
export const weekOptions: OptionsFor = (UPlot, colors, labels, t) => {
  const base = common(labels)
  return {
    ...base,
    scales: {
      ...base.scales,
      count: { range: (_chart, _min, max) => countRange(max) },
      minutes: { range: (_chart, _min, max) => countRange(max) },
    },
    series: [
      {},
      countBars(UPlot, t(BREAKS_TAKEN), colors.accent, [0.55, 60]),
      {
        label: t(ROUTINES_FINISHED),
        scale: 'count',
        stroke: colors.text,
        width: 0,
        paths: () => null,
        points: { show: true, size: 10, fill: colors.text, stroke: colors.text },
      },
      {
        label: t(STRETCH_MINUTES),
        scale: 'minutes',
        stroke: colors.second,
        width: 3,
        points: { show: true, size: 7, fill: colors.second, stroke: colors.second },
      },
    ],
    axes: countAndRightAxes(colors, labels, 1, t(COUNT), {
      scale: 'minutes',
      label: t(STRETCH_MINUTES),
      incrs: [1, 2, 5, 10, 20, 30, 60],
    }),
  }
}
