import type { TherapyKind } from '../../../../shared/therapy'
import { Sources } from './Sources'

const WORD: Record<TherapyKind, string> = { cold: 'cold', heat: 'warmth' }

/** The first days after a fresh strain are over: the preset now suggests the next phase (cold → heat). */
export function SuggestionBanner({ from, to }: { from: TherapyKind; to: TherapyKind }) {
  return (
    <section className="therapy-banner banner-info" role="status" aria-labelledby="suggestion-title">
      <h3 id="suggestion-title">Time to switch to {WORD[to]}</h3>
      <p>
        The first days after the strain are over, so {WORD[to]} is now suggested instead of {WORD[from]}.
      </p>
      <Sources ids={['nebraska-ice-heat', 'cleveland-ice-heat']} />
    </section>
  )
}
