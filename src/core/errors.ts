/** Base of every error securegen throws: a stable `code` and a message that says what to do next. */
export abstract class ToolkitError extends Error {
  abstract readonly code: string
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** The input could not be read or is not something securegen can verify. */
export class InputError extends ToolkitError {
  constructor(
    readonly code: 'INPUT_NOT_FOUND' | 'INPUT_UNREADABLE' | 'INPUT_EMPTY' | 'INPUT_TOO_LARGE' | 'INPUT_BINARY' | 'INPUT_ENCODING',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** The language of an input is unknown or unsupported. */
export class LanguageError extends ToolkitError {
  readonly code = 'VERIFY_LANGUAGE_UNKNOWN'
}

/** A rule is malformed: missing metadata, bad id, invalid matcher. */
export class RuleConfigError extends ToolkitError {
  readonly code = 'RULE_CONFIG_INVALID'
}

/** Command-line usage is wrong. */
export class UsageError extends ToolkitError {
  readonly code = 'CLI_USAGE'
}

export function isToolkitError(error: unknown): error is ToolkitError {
  return error instanceof ToolkitError
}
