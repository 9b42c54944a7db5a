/**
 * Deterministic commands that never depend on understanding: a person, cancel, start over,
 * help, greetings and a language switch. Most must be the whole message (after politeness
 * is trimmed), so "I can't cancel my direct debit" is a question, not a command. Asking for
 * a person is found anywhere in a message, by reaching-a-person.
 */
import { detectPersonRequest } from './reaching-a-person';
import { normalise } from './text';
import type { Locale } from './types';

/** A command the person typed. */
export type Command =
  | { kind: 'person' }
  | { kind: 'cancel' }
  | { kind: 'start-over' }
  | { kind: 'help' }
  | { kind: 'greeting' }
  | { kind: 'language'; locale: Locale };

const CANCEL = ['cancel', 'cancel that', 'cancel this', 'cancel it', 'cancel the form', 'cancel form', 'stop', 'stop this', 'stop that', 'stop it', 'stop the form', 'quit', 'exit', 'forget it', 'never mind', 'nevermind', 'canslo', 'canslo hwn', 'canslo hynny', 'stopio', 'stopia', 'stop hwn', 'anghofia fe', 'anghofia hi', 'dim ots'];
const START_OVER = ['start over', 'start again', 'restart', 'begin again', 'start from the beginning', 'reset', 'dechrau eto', 'ailddechrau', 'dechrau o r dechrau', 'dechrau o'];
const HELP = ['help', 'menu', 'options', 'what can you do', 'what can i ask', 'what can i ask you', 'what do you do', 'help me', 'cymorth', 'help plis', 'helpu', 'beth alli di wneud', 'beth allwch chi ei wneud', 'beth allwch chi wneud', 'dewislen'];
const GREETING = ['hi', 'hello', 'hiya', 'hey', 'hey there', 'hi there', 'hello there', 'good morning', 'good afternoon', 'good evening', 'morning', 'helo', 'shwmae', 'shwmai', 'smae', 'sut mae', 'bore da', 'prynhawn da', 'noswaith dda', 'haia'];
const WELSH = ['cymraeg', 'welsh', 'in welsh', 'yn gymraeg', 'cymraeg plis', 'cymraeg os gwelwch yn dda', 'welsh please', 'can we speak welsh', 'newid i gymraeg', 'i gymraeg'];
const ENGLISH = ['english', 'saesneg', 'in english', 'yn saesneg', 'english please', 'saesneg plis', 'saesneg os gwelwch yn dda', 'newid i saesneg', 'i saesneg'];

/** Politeness around a command ("please cancel", "can I start again please") is not content. */
function trimPoliteness(n: string): string {
  return n
    .replace(/^(?:ok |okay |um |erm |please |plis |can i |could i |can we |could we |i want to |i wanna |i would like to |id like to |let me |just |i need |hoffwn |dwi eisiau |dw i isio )+/, '')
    .replace(/(?: please| plis| now| thanks| thank you| diolch| os gwelwch yn dda)+$/, '')
    .trim();
}

/** The command a message is, or null for anything else. */
export function detectCommand(text: string): Command | null {
  const n = normalise(text);
  if (n === '') return null;
  const core = trimPoliteness(n);
  if (WELSH.includes(core) || WELSH.includes(n)) return { kind: 'language', locale: 'cy' };
  if (ENGLISH.includes(core) || ENGLISH.includes(n)) return { kind: 'language', locale: 'en' };
  // Asking for a person (or to complain) is clear anywhere in a message, so it is a command too: that is
  // what lets "can I talk to someone" at "are you safe?" reach a person urgently. Frustration is only an offer.
  if (detectPersonRequest(text)?.certainty === 'ask') return { kind: 'person' };
  if (CANCEL.includes(core)) return { kind: 'cancel' };
  if (START_OVER.includes(core)) return { kind: 'start-over' };
  if (HELP.includes(core) || n === '') return { kind: 'help' };
  if (GREETING.includes(core)) return { kind: 'greeting' };
  return null;
}
