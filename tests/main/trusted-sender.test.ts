import { describe, expect, it } from 'vitest'
import { isTrustedFrameUrl } from '../../src/main/trusted-sender'

const trusted = { rendererPageUrls: ['unknot://app/index.html', 'unknot://app/break.html'] }

describe('isTrustedFrameUrl', () => {
  it('trusts our own pages, with or without a hash route', () => {
    expect(isTrustedFrameUrl('unknot://app/index.html', trusted)).toBe(true)
    expect(isTrustedFrameUrl('unknot://app/index.html#/settings', trusted)).toBe(true)
    expect(isTrustedFrameUrl('unknot://app/break.html#/break-screen?role=calm', trusted)).toBe(true)
  })

  it('refuses other files, web pages, missing frames and garbage', () => {
    expect(isTrustedFrameUrl('file:///tmp/evil.html', trusted)).toBe(false)
    expect(isTrustedFrameUrl('file:///opt/Unknot/out/renderer/index.html', trusted)).toBe(false)
    expect(isTrustedFrameUrl('unknot://app/other.html', trusted)).toBe(false)
    expect(isTrustedFrameUrl('unknot://app/camera.html', trusted)).toBe(false)
    expect(isTrustedFrameUrl('unknot://elsewhere/index.html', trusted)).toBe(false)
    expect(isTrustedFrameUrl('https://example.com/', trusted)).toBe(false)
    expect(isTrustedFrameUrl(undefined, trusted)).toBe(false)
    expect(isTrustedFrameUrl('not a url', trusted)).toBe(false)
  })

  it('trusts the dev server only when one is configured, and only its origin', () => {
    const dev = { ...trusted, devServerOrigin: 'http://localhost:5173' }
    expect(isTrustedFrameUrl('http://localhost:5173/#/today', dev)).toBe(true)
    expect(isTrustedFrameUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedFrameUrl('http://localhost:5173/', trusted)).toBe(false)
  })
})
