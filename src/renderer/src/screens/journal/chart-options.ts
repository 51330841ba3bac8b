import type uPlot from 'uplot'
import { msg } from '../../../../shared/i18n'
import type { ChartColors, OptionsFor } from './UPlotChart'

// Series and axis names, in English here and worded in the current language when a chart is drawn.
const EPISODES = msg('Episodes')
const MEAN_INTENSITY = msg('Mean intensity')
const MEAN_INTENSITY_SCALE = msg('Mean intensity (0–10)')
const BREAKS_TAKEN = msg('Breaks taken')
const FLARE_DAYS = msg('Days in flare mode')
const BREAKS = msg('Breaks')

export function axis(colors: ChartColors, extra: uPlot.Axis): uPlot.Axis {
  return {
    stroke: colors.text,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid, width: 1 },
    ...extra,
  }
}

export function xAxis(colors: ChartColors, labels: string[], every: number): uPlot.Axis {
  const last = labels.length - 1
  return axis(colors, {
    grid: { show: false },
    splits: () => labels.map((_, index) => index).filter((index) => (last - index) % every === 0),
    values: (_chart, splits) => splits.map((index) => labels[index] ?? ''),
  })
}

export const common = (labels: string[]): Pick<uPlot.Options, 'legend' | 'cursor' | 'scales'> => ({
  legend: { show: false },
  cursor: { show: false },
  scales: { x: { time: false, range: () => [-0.5, labels.length - 0.5] } },
})

export function countRange(max: number): uPlot.Range.MinMax {
  return [0, Math.max(3, Math.ceil(max) + 1)]
}

/** Episodes per week as bars (left axis) and their mean intensity as a line with points (right axis, 0–10). */
export const weeklyOptions: OptionsFor = (UPlot, colors, labels, t) => {
  const base = common(labels)
  return {
    ...base,
    scales: {
      ...base.scales,
      count: { range: (_chart, _min, max) => countRange(max) },
      intensity: { range: [0, 10] },
    },
    series: [
      {},
      {
        label: t(EPISODES),
        scale: 'count',
        stroke: colors.accent,
        fill: colors.accent,
        width: 0,
        paths: UPlot.paths.bars?.({ size: [0.55, 60] }),
        points: { show: false },
      },
      {
        label: t(MEAN_INTENSITY),
        scale: 'intensity',
        stroke: colors.second,
        width: 3,
        spanGaps: false,
        points: { show: true, size: 9, fill: colors.second, stroke: colors.second },
      },
      {
        // flare mode as a light shade over the week's bars: how many of its days it was on (drawn last,
        // kept see-through so the bars stay readable)
        label: t(FLARE_DAYS),
        scale: 'count',
        stroke: colors.second,
        fill: colors.flare,
        width: 1,
        paths: UPlot.paths.bars?.({ size: [0.95, 100] }),
        points: { show: false },
      },
    ],
    axes: [
      xAxis(colors, labels, 2),
      axis(colors, { scale: 'count', label: t(EPISODES), incrs: [1, 2, 5, 10, 20] }),
      axis(colors, {
        scale: 'intensity',
        side: 1,
        label: t(MEAN_INTENSITY_SCALE),
        grid: { show: false },
        incrs: [2],
      }),
    ],
  }
}

/** Breaks taken per day as bars. */
export const breaksOptions: OptionsFor = (UPlot, colors, labels, t) => {
  const base = common(labels)
  return {
    ...base,
    scales: { ...base.scales, count: { range: (_chart, _min, max) => countRange(max) } },
    series: [
      {},
      {
        label: t(BREAKS_TAKEN),
        scale: 'count',
        stroke: colors.accent,
        fill: colors.accent,
        width: 0,
        paths: UPlot.paths.bars?.({ size: [0.7, 30] }),
        points: { show: false },
      },
    ],
    axes: [xAxis(colors, labels, 7), axis(colors, { scale: 'count', label: t(BREAKS), incrs: [1, 2, 5, 10, 20] })],
  }
}
