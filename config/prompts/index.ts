/**
 * The versioned prompts. The version travels with every AI decision into the audit, so a
 * change of wording is a new file (understanding.v2.md) and a new version here, never an edit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A prompt and the version recorded with each decision it informs. */
export interface VersionedPrompt {
  version: string;
  text: string;
}

/** The system prompt for the understanding call. */
export const understandingPrompt: VersionedPrompt = {
  version: 'understanding.v1',
  text: readFileSync(join(__dirname, 'understanding.v1.md'), 'utf8'),
};
