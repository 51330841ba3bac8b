import type uPlot from 'uplot'
import type { ChartColors, OptionsFor } from './UPlotChart'

function axis(colors: ChartColors, extra: uPlot.Axis): uPlot.Axis {
  return {
    stroke: colors.text,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid, width: 1 },
    ...extra,
  }
}

function xAxis(colors: ChartColors, labels: string[], every: number): uPlot.Axis {
  const last = labels.length - 1
  return axis(colors, {
    grid: { show: false },
    splits: () => labels.map((_, index) => index).filter((index) => (last - index) % every === 0),
    values: (_chart, splits) => splits.map((index) => labels[index] ?? ''),
  })
}

const common = (labels: string[]): Pick<uPlot.Options, 'legend' | 'cursor' | 'scales'> => ({
  legend: { show: false },
  cursor: { show: false },
  scales: { x: { time: false, range: () => [-0.5, labels.length - 0.5] } },
})

function countRange(max: number): uPlot.Range.MinMax {
  return [0, Math.max(3, Math.ceil(max) + 1)]
}

/** Episodes per week as bars (left axis) and their mean intensity as a line with points (right axis, 0–10). */
export const weeklyOptions: OptionsFor = (UPlot, colors, labels) => {
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
        label: 'Episodes',
        scale: 'count',
        stroke: colors.accent,
        fill: colors.accent,
        width: 0,
        paths: UPlot.paths.bars?.({ size: [0.55, 60] }),
        points: { show: false },
      },
      {
        label: 'Mean intensity',
        scale: 'intensity',
        stroke: colors.second,
        width: 3,
        spanGaps: false,
        points: { show: true, size: 9, fill: colors.second, stroke: colors.second },
      },
    ],
    axes: [
      xAxis(colors, labels, 2),
      axis(colors, { scale: 'count', label: 'Episodes', incrs: [1, 2, 5, 10, 20] }),
      axis(colors, { scale: 'intensity', side: 1, label: 'Mean intensity (0–10)', grid: { show: false }, incrs: [2] }),
    ],
  }
}

/** Breaks taken per day as bars. */
export const breaksOptions: OptionsFor = (UPlot, colors, labels) => {
  const base = common(labels)
  return {
    ...base,
    scales: { ...base.scales, count: { range: (_chart, _min, max) => countRange(max) } },
    series: [
      {},
      {
        label: 'Breaks taken',
        scale: 'count',
        stroke: colors.accent,
        fill: colors.accent,
        width: 0,
        paths: UPlot.paths.bars?.({ size: [0.7, 30] }),
        points: { show: false },
      },
    ],
    axes: [xAxis(colors, labels, 7), axis(colors, { scale: 'count', label: 'Breaks', incrs: [1, 2, 5, 10, 20] })],
  }
}
