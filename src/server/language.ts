/** The language of a response: Vietnamese unless the client asks for English (`Accept-Language: en`). */
import type { Lang } from '../services/error-messages.ts';

/**
 * Picks vi or en from an Accept-Language header by quality ("en-US,en;q=0.9", "vi;q=0.5, en");
 * anything else, or nothing, is Vietnamese, the product's first language.
 */
export function languageOf(header: string | undefined): Lang {
  if (header === undefined) return 'vi';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const lang: Lang | null = tag.startsWith('en') ? 'en' : tag.startsWith('vi') ? 'vi' : null;
    if (lang !== null && Number.isFinite(q) && q > 0 && (best === null || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'vi';
}
