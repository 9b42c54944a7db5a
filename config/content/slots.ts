/**
 * Slot definitions shared by more than one flow (the postcode identity check), so the
 * wording is written once.
 */
import type { SlotDefinition } from '../../dialogs/types';

/** The postcode slot, used for addresses and as part of identity checks. */
export const postcodeSlot: SlotDefinition = {
  name: 'postcode',
  type: 'postcode',
  aliases: { en: ['postcode', 'post code', 'postal code'], cy: ['cod post', 'côd post', 'codpost'] },
  prompt: { en: 'What is your postcode?', cy: 'Beth yw eich cod post?' },
  invalid: {
    en: "That doesn't look like a UK postcode. It looks like CF10 1AA.",
    cy: "Dydy hwnnw ddim yn edrych fel cod post yn y DU. Mae'n edrych fel CF10 1AA.",
  },
  label: { en: 'Postcode', cy: 'Cod post' },
};
