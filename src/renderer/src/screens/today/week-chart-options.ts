import { msg } from '../../../../shared/i18n'
import { axis, common, countRange, xAxis } from '../journal/chart-options'
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
      {
        label: t(BREAKS_TAKEN),
        scale: 'count',
        stroke: colors.accent,
        fill: colors.accent,
        width: 0,
        paths: UPlot.paths.bars?.({ size: [0.55, 60] }),
        points: { show: false },
      },
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
    axes: [
      xAxis(colors, labels, 1),
      axis(colors, { scale: 'count', label: t(COUNT), incrs: [1, 2, 5, 10, 20] }),
      axis(colors, {
        scale: 'minutes',
        side: 1,
        label: t(STRETCH_MINUTES),
        grid: { show: false },
        incrs: [1, 2, 5, 10, 20, 30, 60],
      }),
    ],
  }
}
