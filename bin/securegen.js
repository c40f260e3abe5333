#!/usr/bin/env node
import { main, processIo, reportError } from '../dist/cli/main.js'

const io = processIo()
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.exitCode = reportError(error, io)
  },
)
