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

/** The system prompt for the understanding call (v2 adds the safeguarding concern tool; v1 stays for the record). */
export const understandingPrompt: VersionedPrompt = {
  version: 'understanding.v2',
  text: readFileSync(join(__dirname, 'understanding.v2.md'), 'utf8'),
};
