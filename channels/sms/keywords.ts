/**
 * SMS consent keywords, as carriers and Twilio define them: the whole message, any case.
 * Twilio's Advanced Opt-Out sends `OptOutType` when it matched a keyword (its own or a custom one)
 * and has already answered; that wins over our own reading of the text.
 */

/** What a consent keyword asks for. */
export type ConsentKeyword = 'opt-out' | 'opt-in' | 'help';

const KEYWORDS: Record<string, ConsentKeyword> = {
  STOP: 'opt-out',
  STOPALL: 'opt-out',
  UNSUBSCRIBE: 'opt-out',
  CANCEL: 'opt-out',
  END: 'opt-out',
  QUIT: 'opt-out',
  REVOKE: 'opt-out',
  OPTOUT: 'opt-out',
  START: 'opt-in',
  UNSTOP: 'opt-in',
  HELP: 'help',
  INFO: 'help',
};

const OPT_OUT_TYPES: Record<string, ConsentKeyword> = { STOP: 'opt-out', START: 'opt-in', HELP: 'help' };

/** The keyword a message is, if the whole message (trimmed, any case, trailing full stop or "!") is one. */
export function consentKeyword(body: string, optOutType?: string): { keyword: ConsentKeyword; answeredByProvider: boolean } | null {
  const fromTwilio = optOutType ? OPT_OUT_TYPES[optOutType.trim().toUpperCase()] : undefined;
  if (fromTwilio) return { keyword: fromTwilio, answeredByProvider: true };
  const word = body.trim().replace(/[.!]+$/, '').toUpperCase();
  const keyword = KEYWORDS[word];
  return keyword ? { keyword, answeredByProvider: false } : null;
}
