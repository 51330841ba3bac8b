import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type uPlot from 'uplot'
import { translatorOf, type Translate } from '../../../../shared/i18n'
import 'uplot/dist/uPlot.min.css'
import { useThemeVersion } from './useThemeVersion'

export interface ChartColors {
  text: string
  muted: string
  grid: string
  accent: string
  second: string
  surface: string
  /** a light shade of `second`, for flare mode periods */
  flare: string
}

export interface ChartData {
  /** Tick labels, one per x position. */
  labels: string[]
  /** One array per series, as long as `labels`; null leaves a gap. */
  series: Array<Array<number | null>>
}

export type OptionsFor = (
  UPlot: typeof uPlot,
  colors: ChartColors,
  labels: string[],
  /** Axis and series names are worded in the current language. */
  t: Translate,
) => Omit<uPlot.Options, 'width' | 'height'>

let loading: Promise<typeof uPlot> | undefined

/** uPlot is loaded once, on first use (it measures the screen as soon as it is imported: only a real page can). */
function loadUPlot(): Promise<typeof uPlot> {
  loading ??= import('uplot').then((module) => module.default)
  return loading
}

/**
 * Resolves once the browser has painted what is on screen now. A chart is drawn after the screen it is in has shown,
 * so opening a screen with charts (the journal has three, Today one) does not wait for their canvases.
 */
function afterPaint(): Promise<void> {
  return new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))
}

/**
 * The palette's colours as the canvas can use them. The variables hold light-dark() pairs, which a canvas does not
 * understand, so each is resolved through a hidden element's computed colour (an rgb() value for the current theme).
 */
function readColors(element: HTMLElement): ChartColors {
  const probe = document.createElement('span')
  probe.style.display = 'none'
  element.append(probe)
  const read = (name: string, fallback: string) => {
    probe.style.color = `var(${name}, ${fallback})`
    const value = getComputedStyle(probe).color.trim()
    return value.startsWith('rgb') ? value : fallback
  }
  const colors = {
    text: read('--text', '#1f2328'),
    muted: read('--muted', '#4d5560'),
    grid: read('--border', '#c9cdd2'),
    accent: read('--accent', '#0b6e63'),
    second: read('--heat', '#a5400c'),
    surface: read('--surface', '#ffffff'),
  }
  probe.remove()
  return { ...colors, flare: translucent(colors.second) }
}

/** "rgb(165, 64, 12)" as a light shade, "rgba(165, 64, 12, 0.25)". */
function translucent(rgb: string): string {
  const channels = rgb.match(/\d+(\.\d+)?/g)?.slice(0, 3)
  return channels?.length === 3 ? `rgba(${channels.join(', ')}, 0.25)` : 'rgba(165, 64, 12, 0.25)'
}

/**
 * A uPlot chart on a canvas. The canvas is hidden from assistive technology: the chart's accessible name is on
 * its figure and the same numbers are in a table next to it. The chart is rebuilt when data or theme change.
 */
export function UPlotChart({
  data,
  optionsFor,
  height = 220,
}: {
  data: ChartData
  optionsFor: OptionsFor
  height?: number
}) {
  const { i18n } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const themeVersion = useThemeVersion()
  const key = JSON.stringify(data)

  useEffect(() => {
    const element = box.current
    if (!element) return
    const { labels, series } = JSON.parse(key) as ChartData
    let chart: uPlot | undefined
    let resize: ResizeObserver | undefined
    let cancelled = false
    void Promise.all([loadUPlot(), afterPaint()])
      .then(([UPlot]) => {
        if (cancelled) return
        const width = Math.max(200, element.clientWidth || 480)
        const options = { ...optionsFor(UPlot, readColors(element), labels, translatorOf(i18n)), width, height }
        const aligned: uPlot.AlignedData = [labels.map((_, index) => index), ...series]
        chart = new UPlot(options, aligned, element)
        if (typeof ResizeObserver === 'function') {
          resize = new ResizeObserver(() => {
            const next = Math.max(200, element.clientWidth)
            if (chart && next !== chart.width) chart.setSize({ width: next, height })
          })
          resize.observe(element)
        }
      })
      .catch(() => {
        // Without a chart the table beside it still shows every number.
      })
    return () => {
      cancelled = true
      resize?.disconnect()
      chart?.destroy()
    }
    // The language is named so axis names are worded again when it changes.
  }, [key, optionsFor, height, themeVersion, i18n, i18n.language])

  // the chart's height is kept for it until it is drawn, so nothing below it moves then
  return <div className="uplot-box" ref={box} aria-hidden="true" style={{ minHeight: height }} />
}
