/**
 * Redaction for the model: each piece of personal data becomes a numbered placeholder
 * ("[POSTCODE_1]") and the originals stay here, so a slot the model fills with a placeholder
 * is restored locally and the model never sees the value.
 */
import { PLACEHOLDER_NAMES, replacePersonalData, type PersonalDataKind } from '../privacy/redact';
import type { FlowDefinition } from '../types';

/** A kind of personal data the model redactor knows: the logger's kinds plus service references. */
export type ModelRedactionKind = PersonalDataKind | 'reference';

/** Redacted text, the placeholder → original map (kept locally), and the kinds found. */
export interface PlaceholderRedaction {
  text: string;
  placeholders: Record<string, string>;
  found: ModelRedactionKind[];
}

/** A pattern for a service reference (account numbers, application references). */
export interface ReferencePattern {
  pattern: RegExp;
}

/** Reference patterns from the flows' reference slots ("^BB-\\d{6}$" finds "bb 123456" in a sentence). */
export function referencePatterns(flows: FlowDefinition[]): ReferencePattern[] {
  const seen = new Set<string>();
  const out: ReferencePattern[] = [];
  for (const flow of flows) {
    for (const slot of flow.slots) {
      if (slot.type !== 'reference' || !slot.pattern || seen.has(slot.pattern)) continue;
      seen.add(slot.pattern);
      // People write "bb123456", "BB 123456" or "BB-123456": let separators between letters and digits vary.
      const body = slot.pattern.replace(/^\^|\$$/g, '').replace(/-/g, '[\\s-]?');
      out.push({ pattern: new RegExp(`(?<![\\w-])${body}(?![\\w-])`, 'gi') });
    }
  }
  // Any other long run of digits or a letters-and-digits code is treated as a reference too:
  // over-redacting a harmless number is cheaper than sending someone's account number.
  out.push({ pattern: /(?<![\w-])(?:[A-Z]{1,3}[\s-]?)?\d{6,}(?![\w-])/gi });
  return out;
}

/** The personal-data names are the log redactor's own, so a placeholder means the same thing in logs and prompts. */
const PLACEHOLDER_NAME: Readonly<Record<ModelRedactionKind, string>> = { ...PLACEHOLDER_NAMES, reference: 'REFERENCE' };

/** Any placeholder this module writes, for output checks; built from PLACEHOLDER_NAME so a new kind cannot be missed. */
export const PLACEHOLDER_PATTERN = new RegExp(`\\[(?:${Object.values(PLACEHOLDER_NAME).join('|')})(?:_\\d+)?\\]`);

/** Replaces personal data and references with numbered placeholders, keeping the originals in a map. */
export function redactWithPlaceholders(text: string, references: ReferencePattern[] = []): PlaceholderRedaction {
  const placeholders: Record<string, string> = {};
  const found = new Set<ModelRedactionKind>();
  const counts = new Map<ModelRedactionKind, number>();
  const replace = (kind: ModelRedactionKind, match: string): string => {
    // The same value typed twice gets the same placeholder, so the model can tell they are one.
    const existing = Object.entries(placeholders).find(([, v]) => v === match)?.[0];
    if (existing) return existing;
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    const name = `[${PLACEHOLDER_NAME[kind]}_${n}]`;
    placeholders[name] = match;
    found.add(kind);
    return name;
  };
  // Personal data first (a card number must be called a card, not a reference), then the flows'
  // reference patterns, then the catch-all for any other long number.
  let out = replacePersonalData(text, replace);
  for (const { pattern } of references) out = out.replace(pattern, (m) => replace('reference', m));
  return { text: out, placeholders, found: [...found] };
}

/**
 * Puts the originals back into slot values. A value naming a placeholder we never issued is
 * dropped (the model made it up); so is a value with a placeholder left inside after restoring.
 */
export function restorePlaceholders(value: string, placeholders: Record<string, string>): string | undefined {
  let unknown = false;
  const restored = value.replace(/\[[A-Z_]+_\d+\]/g, (name) => {
    const original = placeholders[name];
    if (original === undefined) unknown = true;
    return original ?? name;
  });
  return unknown || PLACEHOLDER_PATTERN.test(restored) ? undefined : restored;
}
