export * from './core/index.js'
export * from './verify/index.js'
