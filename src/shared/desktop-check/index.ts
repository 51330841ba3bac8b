export * from './findings'
export * from './results'
export * from './idle-watch'
