export function findElectronBinary(root?: string): { executable?: string; reason?: string }
