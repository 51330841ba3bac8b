export type ElectronBinary =
  | { executable: string; reason?: undefined; installable?: undefined }
  | { executable?: undefined; reason: string; installable: boolean }
export function findElectronBinary(root?: string, env?: NodeJS.ProcessEnv): ElectronBinary
