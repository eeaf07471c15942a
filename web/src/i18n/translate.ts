/** Looking messages up in the catalogs and filling in their values; pure, so it is tested without a browser. */
import { en } from './en.ts';
import { vi } from './vi.ts';
import type { MessageKey } from './vi.ts';

export type Lang = 'vi' | 'en';
export type { MessageKey };

/** Values a message quotes: `{name}` is replaced by `params.name`. */
export type MessageParams = Readonly<Record<string, string | number>>;

export const CATALOGS: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { vi, en };

/** The message `key` in `lang` with its `{placeholders}` filled; an unknown placeholder stays visible. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The language stored by an earlier visit; Vietnamese, the product's first language, otherwise. */
export function parseLang(stored: string | null | undefined): Lang {
  return stored === 'en' ? 'en' : 'vi';
}

/** The placeholders a message uses, sorted: for checking that both catalogs quote the same values. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
