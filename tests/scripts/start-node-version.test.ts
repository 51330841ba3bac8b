import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nodeVersionProblem } from '../../scripts/start.mjs'

const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node

describe("npm start's check of the Node version against package.json's engines", () => {
  it('lets through the versions the tools need: 20.19+, 22.13+, 24 and later', () => {
    for (const version of ['20.19.0', '20.20.1', '22.13.0', '22.20.0', '24.0.0', '25.3.1'])
      expect(nodeVersionProblem(version, engines), version).toBeNull()
  })

  it('stops an older Node with one clear line naming both versions', () => {
    expect(nodeVersionProblem('18.20.4', engines)).toBe(
      `Unknot needs Node ${engines} (see "engines" in package.json); this is Node 18.20.4. Install a supported Node, then run npm start again.`,
    )
    for (const version of ['16.0.0', '20.18.3', '21.7.0', '22.12.0', '23.11.0'])
      expect(nodeVersionProblem(version, engines), version).toMatch(/^Unknot needs Node .*; this is Node /)
  })

  it('reads a leading "v" and the range forms it understands', () => {
    expect(nodeVersionProblem('v20.19.0', '^20.19.0')).toBeNull()
    expect(nodeVersionProblem('20.19.0', '>=20.19.0')).toBeNull()
    expect(nodeVersionProblem('21.0.0', '^20.19.0')).not.toBeNull()
  })
})
