export * from './schema'
export * from './issues'
export * from './migrate'
export * from './update'
