import type { Snippet } from '../../../../shared/content'

/** The snippet's text with each matched range wrapped in <mark>. */
export function Highlighted({ snippet }: { snippet: Snippet }) {
  const parts: Array<{ text: string; mark: boolean }> = []
  let at = 0
  for (const [from, to] of [...snippet.highlights].sort((a, b) => a[0] - b[0])) {
    if (from < at) continue
    if (from > at) parts.push({ text: snippet.text.slice(at, from), mark: false })
    parts.push({ text: snippet.text.slice(from, to), mark: true })
    at = to
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false })
  return <>{parts.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : part.text))}</>
}
