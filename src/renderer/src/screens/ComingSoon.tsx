import type { Screen } from '../../../shared/contract'

export function ComingSoon({ screen }: { screen: Screen }) {
  return (
    <p className="coming-soon" data-screen={screen}>
      This part of Unknot is coming soon.
    </p>
  )
}
