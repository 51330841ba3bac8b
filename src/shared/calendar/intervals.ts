/** A stretch of wall time the person is in a meeting, epoch ms, end exclusive. */
export interface BusyInterval {
  startWall: number
  endWall: number
}

/** The intervals sorted, with overlapping and touching ones joined into one. */
export function mergeIntervals(intervals: readonly BusyInterval[]): BusyInterval[] {
  const sorted = [...intervals].sort((a, b) => a.startWall - b.startWall)
  const merged: BusyInterval[] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last && interval.startWall <= last.endWall) last.endWall = Math.max(last.endWall, interval.endWall)
    else merged.push({ ...interval })
  }
  return merged
}

/** The parts of the intervals inside [fromWall, toWall). */
export function clipIntervals(
  intervals: readonly BusyInterval[],
  span: { fromWall: number; toWall: number },
): BusyInterval[] {
  return intervals
    .map((interval) => ({
      startWall: Math.max(interval.startWall, span.fromWall),
      endWall: Math.min(interval.endWall, span.toWall),
    }))
    .filter((interval) => interval.endWall > interval.startWall)
}
