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

/** Days along the bottom, counts on the left and a second scale on the right (its own units, no grid). */
export function countAndRightAxes(
  colors: ChartColors,
  labels: string[],
  every: number,
  countLabel: string,
  right: { scale: string; label: string; incrs: number[] },
): uPlot.Axis[] {
  return [
    xAxis(colors, labels, every),
    axis(colors, { scale: 'count', label: countLabel, incrs: [1, 2, 5, 10, 20] }),
    axis(colors, { ...right, side: 1, grid: { show: false } }),
  ]
}

/** Counts as solid bars on the 'count' scale; `size` is the bar's share of its slot and its widest in pixels. */
export function countBars(UPlot: typeof uPlot, label: string, color: string, size: [number, number]): uPlot.Series {
  return {
    label,
    scale: 'count',
    stroke: color,
    fill: color,
    width: 0,
    paths: UPlot.paths.bars?.({ size }),
    points: { show: false },
  }
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
      countBars(UPlot, t(EPISODES), colors.accent, [0.55, 60]),
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
    axes: countAndRightAxes(colors, labels, 2, t(EPISODES), {
      scale: 'intensity',
      label: t(MEAN_INTENSITY_SCALE),
      incrs: [2],
    }),
  }
}

/** Breaks taken per day as bars. */
export const breaksOptions: OptionsFor = (UPlot, colors, labels, t) => {
  const base = common(labels)
  return {
    ...base,
    scales: { ...base.scales, count: { range: (_chart, _min, max) => countRange(max) } },
    series: [{}, countBars(UPlot, t(BREAKS_TAKEN), colors.accent, [0.7, 30])],
    axes: [xAxis(colors, labels, 7), axis(colors, { scale: 'count', label: t(BREAKS), incrs: [1, 2, 5, 10, 20] })],
  }
}
