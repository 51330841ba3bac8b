export * from './catalog'
export * from './locales'
export * from './translator'
