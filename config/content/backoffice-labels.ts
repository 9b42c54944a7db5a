/**
 * Words for the back office's codes, as citizens read them (English and Welsh; the Welsh needs
 * review by a fluent content designer before go-live, like the rest of the Welsh content).
 */
import type { Localised } from '../../dialogs/types';

/** Application types (the contract's `type`). */
export const applicationTypes: Record<string, Localised> = {
  'blue-badge': { en: 'Blue Badge', cy: 'Bathodyn Glas' },
};

/** Application statuses (the contract's `status`). */
export const applicationStatuses: Record<string, Localised> = {
  received: { en: 'we have received it', cy: "rydyn ni wedi'i dderbyn" },
  'in-review': { en: 'we are checking your evidence', cy: "rydyn ni'n gwirio eich tystiolaeth" },
  approved: { en: 'approved, we will post your badge soon', cy: "wedi'i gymeradwyo, byddwn ni'n postio eich bathodyn cyn bo hir" },
  refused: { en: 'not approved, we have written to you to say why', cy: "heb ei gymeradwyo, rydyn ni wedi ysgrifennu atoch i ddweud pam" },
  sent: { en: 'approved, your badge is in the post', cy: "wedi'i gymeradwyo, mae eich bathodyn yn y post" },
};
