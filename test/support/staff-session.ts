/** Signed-in staff for API tests: a real session in the service's store, and the headers a console page sends. */
import request from 'supertest';
import type { Express } from 'express';
import type { Service } from '../../bots/service';
import { CSRF_HEADER, STAFF_COOKIE } from '../../bots/http/staff-auth';
import type { StaffRole } from '../../config/settings';

/** A member of staff with a live session. */
export interface SignedIn {
  id: string;
  name: string;
  cookie: string;
  csrf: string;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
}

/** Starts a session for `name` with `roles`, as a completed sign-in would. */
export async function signIn(service: Service, name: string, roles: StaffRole[]): Promise<SignedIn> {
  if (!service.staff) throw new Error('This service has no console (STAFF_CONSOLE=off).');
  const id = `oidc:${name.toLowerCase().replace(/\s+/g, '-')}`;
  const { token, session } = await service.staff.sessions.create({ staffId: id, name, roles });
  const cookie = `${STAFF_COOKIE}=${token}`;
  const app: Express = service.app;
  return {
    id,
    name,
    cookie,
    csrf: session.csrfToken,
    get: (path) => request(app).get(path).set('Cookie', cookie),
    post: (path, body = {}) => request(app).post(path).set('Cookie', cookie).set(CSRF_HEADER, session.csrfToken).send(body),
  };
}
