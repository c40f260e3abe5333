export * from './core/index.js'
export * from './policy/index.js'
export * from './request/index.js'
export * from './verify/index.js'
