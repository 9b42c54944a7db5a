/**
 * Finds the part of a longer message that could fill a slot ("my bin wasn't collected at
 * CF10 1AA" → "CF10 1AA"). Returns the raw span; the slot's validator normalises and judges it.
 */
import { findDateSpan } from '../date-parse';
import { hasPhrase, normalise } from '../text';
import type { SlotDefinition } from '../types';
import { POSTCODE_IN_TEXT, validateReference } from '../validators';

/** The raw text in `text` that looks like a value for `slot`, if there is one. */
export function findSlotValue(slot: SlotDefinition, text: string): string | undefined {
  switch (slot.type) {
    case 'postcode':
      return POSTCODE_IN_TEXT.exec(text)?.[1];
    case 'reference': {
      if (slot.pattern === undefined) return undefined;
      const v = validateReference(text, slot.pattern);
      return v.ok ? v.value : undefined;
    }
    case 'date':
      return findDateSpan(text);
    case 'choice': {
      // The longest phrase wins, so "garden waste" beats "waste".
      let best: string | undefined;
      for (const c of slot.choices ?? []) {
        for (const term of [c.value, c.label.en, c.label.cy, ...(c.synonyms ?? [])]) {
          if (hasPhrase(text, term) && (best === undefined || normalise(term).length > normalise(best).length)) best = term;
        }
      }
      return best;
    }
    case 'house':
      // Only when the person says it is a house ("number 12", "flat 3"); a bare number could be anything.
      return /\b(?:house|number|no\.?|flat|rhif|fflat)\s+(\d{1,4}[a-z]?)\b/i.exec(text)?.[1];
    case 'yes-no':
    case 'text':
      return undefined;
  }
}
