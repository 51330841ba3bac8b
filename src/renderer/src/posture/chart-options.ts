import { msg } from '../../../shared/i18n'
import type { OptionsFor } from '../screens/journal/UPlotChart'

const UPRIGHT = msg('Upright (%)')

/** The share of each hour the camera saw the person upright, as bars on a 0–100 scale. */
export const uprightOptions: OptionsFor = (UPlot, colors, labels, t) => ({
  legend: { show: false },
  cursor: { show: false },
  scales: { x: { time: false, range: () => [-0.5, labels.length - 0.5] }, percent: { range: [0, 100] } },
  series: [
    {},
    {
      label: t(UPRIGHT),
      scale: 'percent',
      stroke: colors.accent,
      fill: colors.accent,
      width: 0,
      paths: UPlot.paths.bars?.({ size: [0.6, 40] }),
      points: { show: false },
    },
  ],
  axes: [
    {
      stroke: colors.text,
      grid: { show: false },
      ticks: { stroke: colors.grid, width: 1 },
      splits: () => labels.map((_, index) => index),
      values: (_chart, splits) => splits.map((index) => labels[index] ?? ''),
    },
    {
      scale: 'percent',
      stroke: colors.text,
      label: t(UPRIGHT),
      grid: { stroke: colors.grid, width: 1 },
      ticks: { stroke: colors.grid, width: 1 },
      incrs: [25, 50],
    },
  ],
})
