import { describe, expect, it } from 'vitest'
import { readWindowsConsentStore, type ConsentCapability } from '../../../src/main/call-detection/windows-consent-store'
import { commandError, fakeRunner, fixture, inEnglish, type Answer } from './fake-runner'

const UNKNOT_EXE = 'C:\\Users\\Ana\\AppData\\Local\\Programs\\Unknot\\Unknot.exe'
const STORE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'
const QUERY = (capability: ConsentCapability) => `reg query ${STORE}\\${capability} /s`

async function read(capability: ConsentCapability, answer: Answer, ownExe = UNKNOT_EXE) {
  const run = fakeRunner({ [QUERY(capability)]: answer })
  return inEnglish(await readWindowsConsentStore(capability, run, ownExe, 5_000))
}

describe('the Windows consent-store detector', () => {
  it('sees a desktop app (NonPackaged) using the camera: its LastUsedTimeStop is 0', async () => {
    expect(await read('webcam', fixture('reg-webcam-nonpackaged-in-use.txt'))).toEqual({ state: 'in-use' })
  })

  it('sees a store app using the microphone', async () => {
    expect(await read('microphone', fixture('reg-microphone-packaged-in-use.txt'))).toEqual({ state: 'in-use' })
  })

  it('calls the camera free when every app has stopped using it', async () => {
    expect(await read('webcam', fixture('reg-webcam-stopped.txt'))).toEqual({ state: 'free' })
  })

  it('reads the listing whatever its line endings', async () => {
    const lf = fixture('reg-webcam-nonpackaged-in-use.txt').replaceAll('\r\n', '\n')
    expect(await read('webcam', lf)).toEqual({ state: 'in-use' })
  })

  it('never counts our own executable, whatever the letter case of its path', async () => {
    expect(await read('webcam', fixture('reg-webcam-own-exe.txt'))).toEqual({ state: 'free' })
    expect(await read('webcam', fixture('reg-webcam-own-exe.txt'), UNKNOT_EXE.toLowerCase())).toEqual({
      state: 'free',
    })
    expect(await read('webcam', fixture('reg-webcam-own-exe.txt'), 'C:\\Program Files\\Other\\Other.exe')).toEqual({
      state: 'in-use',
    })
  })

  it("reports reg's error, e.g. a Windows without the consent store", async () => {
    const text = fixture('reg-error-no-key.txt')
    expect(await read('webcam', text)).toEqual({
      state: 'unknown',
      reason: 'reg failed: ERROR: The system was unable to find the specified registry key or value.',
    })
    const failed = commandError('Command failed: reg query', { code: 1, detail: text })
    expect(await read('webcam', failed)).toEqual({
      state: 'unknown',
      reason: 'reg failed: ERROR: The system was unable to find the specified registry key or value.',
    })
  })

  it('reports unknown on a listing it does not understand, or an empty one', async () => {
    const notUnderstood = {
      state: 'unknown',
      reason: 'reg listed the camera consent store in a form Unknot does not understand.',
    }
    expect(await read('webcam', fixture('reg-garbage.txt'))).toEqual(notUnderstood)
    expect(await read('webcam', '')).toEqual(notUnderstood)
  })

  it('reports unknown when reg may not run', async () => {
    const denied = commandError('spawn reg EACCES', { code: 'EACCES' })
    expect(await read('microphone', denied)).toEqual({
      state: 'unknown',
      reason: 'reg may not be run (permission denied).',
    })
  })
})
