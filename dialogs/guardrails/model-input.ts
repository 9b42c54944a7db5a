/**
 * Everything done to a citizen's message before a model may read it, in one place:
 * hidden characters out, over-long input refused, injection attempts kept from the model,
 * personal data swapped for placeholders. Same rules in English and Welsh.
 */
import { stripHiddenCharacters } from './hidden-characters';
import { detectInjection } from './injection';
import { redactWithPlaceholders, type ReferencePattern } from './placeholders';

/** What may go to the model, or why nothing may. */
export type ModelInput =
  | { ok: true; text: string; placeholders: Record<string, string>; guardrails: string[] }
  | { ok: false; reason: 'too-long' | 'injection' | 'empty'; guardrails: string[] };

/** Limits for model input. */
export interface ModelInputOptions {
  /** Longest message sent to a model, in characters (after hidden characters are removed). */
  maxChars: number;
  references: ReferencePattern[];
}

/** Prepares a message for the model, or says why it must not be sent. */
export function prepareModelInput(text: string, options: ModelInputOptions): ModelInput {
  const guardrails: string[] = [];
  const stripped = stripHiddenCharacters(text);
  if (stripped.removed > 0) guardrails.push('input:hidden-characters');
  const clean = stripped.text.trim();
  if (clean === '') return { ok: false, reason: 'empty', guardrails };
  if (clean.length > options.maxChars) return { ok: false, reason: 'too-long', guardrails: [...guardrails, 'input:too-long'] };
  if (detectInjection(clean)) return { ok: false, reason: 'injection', guardrails: [...guardrails, 'input:injection'] };
  const redacted = redactWithPlaceholders(clean, options.references);
  for (const kind of redacted.found) guardrails.push(`pii:${kind}`);
  return { ok: true, text: redacted.text, placeholders: redacted.placeholders, guardrails };
}
