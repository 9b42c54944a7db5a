/**
 * Staff sessions kept in the store (MongoDB in production, so every instance knows them and a
 * restart signs nobody out). The cookie holds a random token; the store holds only its SHA-256,
 * so someone who can read the database cannot take over a session. Each session carries its own
 * CSRF token, ends after an idle period and at an absolute time, and can be ended by signing out.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { StaffRole } from '../../config/settings';
import type { Store } from '../store/port';

/** A signed-in member of staff, as the console's handlers see them. */
export interface StaffSession {
  staffId: string;
  name: string;
  roles: StaffRole[];
  csrfToken: string;
}

/** A session as stored (the _id is the token's hash). */
interface StaffSessionDoc extends StaffSession {
  _id: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The absolute end; the TTL index removes the document after it. */
  expiresAt: Date;
}

/** A sign-in in progress: what the callback must check (PKCE verifier, state, nonce) and where to return. */
export interface PendingSignIn {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

interface PendingSignInDoc extends PendingSignIn {
  _id: string;
  expiresAt: Date;
}

/** How long a person has to finish signing in at the identity provider. */
const SIGN_IN_WINDOW_MS = 10 * 60_000;
/** lastSeenAt is written at most this often, so a busy console does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

/** Random, URL-safe, 256 bits. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function hashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates, finds and ends staff sessions and pending sign-ins. */
export class StaffSessions {
  constructor(
    private readonly store: Store,
    private readonly timeouts: { idleMinutes: number; maxHours: number },
    private readonly clock: () => Date,
  ) {}

  /** Starts a session; returns the token for the cookie. */
  async create(staff: Omit<StaffSession, 'csrfToken'>): Promise<{ token: string; session: StaffSession }> {
    const token = randomToken();
    const now = this.clock();
    const session: StaffSession = { ...staff, csrfToken: randomToken() };
    const doc: StaffSessionDoc = { _id: hashOf(token), ...session, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + this.timeouts.maxHours * 3_600_000) };
    await this.store.collection<StaffSessionDoc>('staff_sessions').insertOne(doc);
    return { token, session };
  }

  /** The live session for a cookie token, or null when unknown, idle too long or past its end. */
  async find(token: string): Promise<StaffSession | null> {
    const sessions = this.store.collection<StaffSessionDoc>('staff_sessions');
    const doc = await sessions.findOne({ _id: hashOf(token) });
    if (!doc) return null;
    const now = this.clock();
    const idleEnd = new Date(doc.lastSeenAt).getTime() + this.timeouts.idleMinutes * 60_000;
    if (now.getTime() >= new Date(doc.expiresAt).getTime() || now.getTime() >= idleEnd) {
      await sessions.deleteMany({ _id: doc._id });
      return null;
    }
    if (now.getTime() - new Date(doc.lastSeenAt).getTime() >= TOUCH_EVERY_MS) await sessions.updateOne({ _id: doc._id }, { $set: { lastSeenAt: now } });
    return { staffId: doc.staffId, name: doc.name, roles: doc.roles, csrfToken: doc.csrfToken };
  }

  /** Ends a session (sign-out). */
  async end(token: string): Promise<void> {
    await this.store.collection<StaffSessionDoc>('staff_sessions').deleteMany({ _id: hashOf(token) });
  }

  /** Records a sign-in in progress under its `state`. */
  async beginSignIn(state: string, pending: PendingSignIn): Promise<void> {
    const expiresAt = new Date(this.clock().getTime() + SIGN_IN_WINDOW_MS);
    await this.store.collection<PendingSignInDoc>('staff_sign_ins').insertOne({ _id: hashOf(state), ...pending, expiresAt });
  }

  /** Takes (and removes) the sign-in for `state`: each can finish once, and only within its window. */
  async finishSignIn(state: string): Promise<PendingSignIn | null> {
    const pending = this.store.collection<PendingSignInDoc>('staff_sign_ins');
    const doc = await pending.findOne({ _id: hashOf(state) });
    if (!doc) return null;
    const { deletedCount } = await pending.deleteMany({ _id: doc._id });
    if (deletedCount === 0 || new Date(doc.expiresAt).getTime() <= this.clock().getTime()) return null;
    return { codeVerifier: doc.codeVerifier, nonce: doc.nonce, returnTo: doc.returnTo };
  }
}
