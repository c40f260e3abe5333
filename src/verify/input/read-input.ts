import { InputError } from '../../core/errors.js'

/** Largest input securegen verifies; larger files are reported as unchecked, not parsed. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024

export type DecodeResult = { ok: true; text: string } | { ok: false; error: InputError }

/**
 * Turns raw bytes into source text, refusing what is not source: binaries, invalid UTF-8,
 * empty and oversized inputs. The error says what was wrong and what to do.
 */
export function decodeSource(bytes: Uint8Array, name: string, maxBytes = MAX_INPUT_BYTES): DecodeResult {
  if (bytes.byteLength === 0) {
    return { ok: false, error: new InputError('INPUT_EMPTY', `${name} is empty: there is no code to verify. Pass a file with source code in it.`) }
  }
  const tooLarge = sizeError(bytes.byteLength, name, maxBytes)
  if (tooLarge) return { ok: false, error: tooLarge }
  // A NUL byte in the first 8 KiB is how git and grep tell a binary file.
  if (bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, error: new InputError('INPUT_BINARY', `${name} looks like a binary file (it contains NUL bytes); securegen verifies source text only.`) }
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (text.trim() === '') return { ok: false, error: new InputError('INPUT_EMPTY', `${name} holds only white space: there is no code to verify.`) }
    return { ok: true, text }
  } catch (cause) {
    return { ok: false, error: new InputError('INPUT_ENCODING', `${name} is not valid UTF-8. Convert it (for example with iconv -t UTF-8) and verify again.`, { cause }) }
  }
}

/** The error for an input over the size limit, or undefined when it fits. */
export function sizeError(size: number, name: string, maxBytes = MAX_INPUT_BYTES): InputError | undefined {
  if (size <= maxBytes) return undefined
  const mb = (size / 1024 / 1024).toFixed(1)
  return new InputError('INPUT_TOO_LARGE', `${name} is ${mb} MB, over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit for one file; it was not verified. Split it, or raise the limit with --max-file-size.`)
}
