/** Staff identities for tests, shaped as the console's sign-in makes them. */
import type { StaffMember } from '../../channels/desk-types';

/** A signed-in member of staff called `name` (their id derives from it, so two names are two people). */
export function staff(name: string): StaffMember {
  return { id: `oidc:${name.toLowerCase().replace(/\s+/g, '-')}`, name };
}
