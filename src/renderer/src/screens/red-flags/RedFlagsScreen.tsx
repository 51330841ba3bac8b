export function RedFlagsScreen() {
  return <p>Loading the checklist…</p>
}
