import { useCallback, useEffect, useRef } from 'react'

/**
 * Offers text as a file download through a Blob and a temporary <a download>. The Blob's address is kept until
 * the next download or until the screen closes: revoking it at once can cancel a download that has not started.
 */
export function useDownload(): (text: string, fileName: string, type: string) => void {
  const lastUrl = useRef<string | null>(null)
  useEffect(
    () => () => {
      if (lastUrl.current) URL.revokeObjectURL(lastUrl.current)
    },
    [],
  )
  return useCallback((text, fileName, type) => {
    if (lastUrl.current) URL.revokeObjectURL(lastUrl.current)
    const url = URL.createObjectURL(new Blob([text], { type }))
    lastUrl.current = url
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    document.body.append(link)
    link.click()
    link.remove()
  }, [])
}
