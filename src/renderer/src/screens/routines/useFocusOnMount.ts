import { useEffect, useRef } from 'react'

/** Moves focus to the element once, when it appears, so keyboard users land on the view that replaced theirs. */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null)
  const onMount = useRef(enabled)
  useEffect(() => {
    if (onMount.current) ref.current?.focus()
  }, [])
  return ref
}
