/**
 * Named errors of the product. Every layer throws these (or subclasses) for conditions a
 * user can act on; the edges (CLI, HTTP) map them to a message and an exit or status code.
 * Anything else is a bug: logged, and answered with a plain "internal error".
 */

/** What went wrong, as a stable code the edges translate into a user message. */
export type ErrorCode =
  | 'not_found'
  | 'empty'
  | 'binary'
  | 'too_large'
  | 'unsupported'
  | 'corrupt'
  | 'no_indicators'
  | 'invalid_input'
  // Storage: a stale optimistic-concurrency version, a unique key taken, a missing record.
  | 'conflict'
  | 'duplicate'
  | 'record_not_found'
  // Services: the role does not allow it, the period is closed, approved data is locked,
  // a step that does not follow from the record's state, a figure that needs a note or is implausible.
  | 'forbidden'
  | 'period_closed'
  | 'locked'
  | 'invalid_state'
  | 'note_required'
  | 'implausible_value'
  // Administration: an admin would lock themself out (disable their own account, drop their last admin role).
  | 'self_lockout'
  // The same file was already uploaded for this organisation.
  | 'duplicate_file'
  /** A public comment broke a rule (details: problems_vi, problems_en, fields). */
  | 'comment_refused'
  /** The consultation takes no comments now (details: when_vi, when_en). */
  | 'consultation_closed';

/** A failure the user can understand and act on. `message` is English; `code` selects the translation. */
export class ResoluteError extends Error {
  readonly code: ErrorCode;
  /**
   * Values the translated message may quote (a path, a size limit). A free-text `detail` is
   * English; give its Vietnamese as `detail_vi` (the Vietnamese message quotes that instead).
   */
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, message: string, details: Record<string, string | number> = {}) {
    super(message);
    this.name = 'ResoluteError';
    this.code = code;
    this.details = details;
  }
}
