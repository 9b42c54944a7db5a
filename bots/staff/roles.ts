/**
 * Staff roles from an identity provider's claims. A supervisor can do everything an agent can;
 * an admin sees oversight and handles data-protection requests, which is a separate duty, so
 * admin alone grants no desk work.
 */
import type { StaffRole } from '../../config/settings';

/** The roles an action may need, and which granted roles satisfy each. */
const SATISFIES: Record<StaffRole, readonly StaffRole[]> = {
  agent: ['agent', 'supervisor'],
  supervisor: ['supervisor'],
  admin: ['admin'],
};

/** True when someone holding `roles` may do what `needed` allows. */
export function hasRole(roles: readonly StaffRole[], needed: StaffRole): boolean {
  return roles.some((role) => SATISFIES[needed].includes(role));
}

/** The roles a set of ID-token claims grants: values of `claim` (a string or a list) looked up in `roleMap`. */
export function rolesFromClaims(claims: Record<string, unknown>, claim: string, roleMap: Record<string, StaffRole>): StaffRole[] {
  const raw = claims[claim];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const roles = new Set<StaffRole>();
  for (const value of values) {
    const role = typeof value === 'string' ? roleMap[value] : undefined;
    if (role) roles.add(role);
  }
  return [...roles].sort();
}
