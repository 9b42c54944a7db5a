/** Picking and filling localised texts. */
import type { Localised, Locale } from '../dialogs/types';

/** The text in the given language with `{name}` placeholders filled. */
export function say(text: Localised, locale: Locale, values: Record<string, string | number> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
