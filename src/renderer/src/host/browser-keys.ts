/** The localStorage keys earlier versions of the web companion kept their two documents under. */
export const LEGACY_KEYS = { settings: 'unknot.settings', data: 'unknot.data' } as const

export const SETTINGS_KEY = LEGACY_KEYS.settings
export const DATA_KEY = LEGACY_KEYS.data
/** where a browser without IndexedDB keeps the domains' records, each under `unknot.records/<key>` */
export const RECORDS_KEY = 'unknot.records'
