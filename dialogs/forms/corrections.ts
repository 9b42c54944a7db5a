/**
 * Spots a correction inside a form ("no, the postcode is CF10 1AA", "actually it's the
 * recycling bin", Welsh "na, y cod post yw ..."): a slot named by one of its aliases, or a
 * correction word, plus a value that validates for that slot.
 */
import { hasPhrase, normalise } from '../text';
import type { FlowDefinition, SlotDefinition } from '../types';
import { validateSlot, type ValidationContext } from '../validators';
import { findSlotValue } from './find-value';

const MARKER = /^(?:no|nope|na|nage|naddo|actually|sorry|soz|wait|oops|correction|i meant|mewn gwirionedd|sori|o na|wps|arhoswch)\b|\b(?:i meant|should be|should have been|not the)\b/;
const LINKING = /^(?:\s|is|was|its|it is|it was|should be|yw|ydy|oedd|ywr|:|=|-)+/;

/** The text after the first alias of `slot` in `text`, minus linking words ("is", "yw"). */
function afterAlias(slot: SlotDefinition, text: string): string | undefined {
  const n = normalise(text);
  const aliases = [...slot.aliases.en, ...slot.aliases.cy].map(normalise).sort((a, b) => b.length - a.length);
  for (const a of aliases) {
    const at = ` ${n} `.indexOf(` ${a} `);
    if (at >= 0) return n.slice(at + a.length).replace(LINKING, '').trim();
  }
  return undefined;
}

/** Slot values a message corrects or supplies, keyed by slot name (empty when none). */
export function findCorrections(flow: FlowDefinition, text: string, ctx: ValidationContext): Record<string, string> {
  const marker = MARKER.test(normalise(text));
  const changes: Record<string, string> = {};
  for (const slot of flow.slots) {
    const named = [...slot.aliases.en, ...slot.aliases.cy].some((a) => hasPhrase(text, a));
    if (!named && !marker) continue;
    // Free-form slots (house, text) only change when they are named; anything could fit them.
    const weak = slot.type === 'house' || slot.type === 'text';
    if (weak && !named) continue;
    const after = named ? afterAlias(slot, text) : undefined;
    const candidates = weak ? [after] : [findSlotValue(slot, text), after];
    for (const c of candidates) {
      if (c === undefined || c === '') continue;
      const v = validateSlot(slot, c, ctx);
      if (v.ok) {
        changes[slot.name] = v.value;
        break;
      }
    }
  }
  return changes;
}
