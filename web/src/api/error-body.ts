/** Reading the server's error body without trusting it: anything else is not an error body. */

export interface ErrorBodyFields {
  code: string;
  message: string;
  details: Record<string, string | number>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `{ error: { code, message, details } }` of a response text, or null when it is something else. */
export function parseErrorBody(text: string): ErrorBodyFields | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const error = isRecord(parsed) ? parsed.error : undefined;
  if (!isRecord(error) || typeof error.code !== 'string' || typeof error.message !== 'string') return null;
  const details: Record<string, string | number> = {};
  if (isRecord(error.details)) {
    for (const [key, value] of Object.entries(error.details)) {
      if (typeof value === 'string' || typeof value === 'number') details[key] = value;
    }
  }
  return { code: error.code, message: error.message, details };
}
