/**
 * What a public comment may contain. Comments are plain text: they are stored as the text
 * that was sent and always rendered escaped, so markup could not run anyway. On top of that
 * the public endpoint refuses, with a message that says what to remove:
 *
 * - binary data and control characters (C0 and C1 controls other than tab and line breaks,
 *   NUL, lone UTF-16 surrogates, U+FFFE/U+FFFF, bidirectional overrides that can disguise text);
 * - script: `<script`, `javascript:`/`vbscript:`/`data:text/html` URLs, event-handler
 *   attributes (`onerror=`, `onload="…"`), also when hidden by entities, spaces or case;
 * - HTML tags (`<b>`, `</p>`, `<img …>`, `<!-- -->`): a tag is pasted rich text or an attack,
 *   and refusing it tells a person what to fix where silently keeping it would show odd text.
 *
 * Plain uses of `<`, `>` and `&` stay text: "tỷ lệ <5%", "a > b", "Nông & Lâm".
 */

/** What was found, to quote in the refusal. */
export type UnsafeText = { problem: 'control_characters'; found: string } | { problem: 'script_content'; found: string } | { problem: 'markup'; found: string };

/** C0 (except tab, LF, CR), DEL, C1, non-characters, bidi embeddings/overrides/isolates. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f) ||
    code === 0xfffe || code === 0xffff || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** The first control character, or a UTF-16 surrogate without its partner (what binary read as text often gives). */
function findControl(text: string): string | null {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      return text.charAt(i);
    }
    if ((code >= 0xdc00 && code <= 0xdfff) || isControl(code)) return text.charAt(i);
  }
  return null;
}

const SCRIPT_PATTERNS: readonly RegExp[] = [
  /<\s*script/,
  /javascript:/,
  /vbscript:/,
  /livescript:/,
  /data:text\/html/,
  /data:[^,;]*;base64,/,
];

/** Elements that load or run something, by name (read before squeezing, so "<iframe src" keeps its space). */
const ACTIVE_ELEMENT = /<\s*(iframe|object|embed|svg|math|style|link|meta|base|form|frame|frameset|applet)(\s|\/|>|$)/i;

/** An event-handler attribute: `onerror=` with a quoted value or a call ("onload=alert(1)"). */
const EVENT_HANDLER = /(^|[\s"'`/;<])on[a-z]{3,}\s*=\s*(["'`]|[a-z_$][\w$.]*\s*\()/i;

/** A tag: "<b>", "</p>", "<img src=x>", "<br/>", or an HTML comment or declaration. */
const TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--|<!\[cdata\[|<!doctype/i;

/** The first unsafe thing in `text`, or null when it is plain text. */
export function findUnsafeText(text: string): UnsafeText | null {
  const control = findControl(text);
  if (control !== null) return { problem: 'control_characters', found: codePointLabel(control) };
  const squeezed = squeeze(text);
  for (const pattern of SCRIPT_PATTERNS) {
    const match = pattern.exec(squeezed);
    if (match) return { problem: 'script_content', found: match[0] };
  }
  const decoded = decodeEntities(text);
  const element = ACTIVE_ELEMENT.exec(decoded);
  if (element) return { problem: 'script_content', found: element[0].trim() };
  const handler = EVENT_HANDLER.exec(decoded);
  if (handler) return { problem: 'script_content', found: handler[0].trim() };
  const tag = TAG.exec(decoded);
  if (tag) return { problem: 'markup', found: tag[0].length > 40 ? `${tag[0].slice(0, 40)}…` : tag[0] };
  return null;
}

/** Lower case, entities decoded, whitespace, controls and invisible characters dropped: "Java&#x09;Script :" → "javascript:". */
function squeeze(text: string): string {
  let squeezed = '';
  for (const char of decodeEntities(text).toLowerCase()) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || INVISIBLE.test(char)) continue;
    squeezed += char;
  }
  return squeezed;
}

const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', equals: '=',
};

/** Numeric and a few named character references decoded, the way a browser would read them in markup. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#x')) return safeFromCodePoint(Number.parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeFromCodePoint(Number.parseInt(lower.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[lower] ?? whole;
  });
}

function safeFromCodePoint(code: number): string | null {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** "U+0000": how a control character is named in a message. */
function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
