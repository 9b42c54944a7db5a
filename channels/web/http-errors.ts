/** The stable JSON error shape every endpoint answers with: `{ error: { code, message } }`. */
import type { Response } from 'express';

/** Sends a JSON error with a stable code and a message a person can act on. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}
