// Cold loads are summed up by their median, which one busy moment of the machine moves least.

/** The middle value (of an even count, the upper one of the two). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** For each kind of load, the median of each figure its samples hold. */
export function medianOfEach(samplesByKind) {
  return Object.fromEntries(
    Object.entries(samplesByKind).map(([kind, samples]) => [
      kind,
      Object.fromEntries(
        Object.keys(samples[0] ?? {}).map((figure) => [figure, median(samples.map((sample) => sample[figure]))]),
      ),
    ]),
  )
}
