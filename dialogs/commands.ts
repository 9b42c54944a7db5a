/**
 * Deterministic commands that never depend on understanding: a person, cancel, start over,
 * help, greetings and a language switch. Most must be the whole message (after politeness
 * is trimmed), so "I can't cancel my direct debit" is a question, not a command.
 */
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

const WHO = '(?:a |an |the |real |actual |)(?:person|human|human being|someone|somebody|agent|operator|adviser|advisor|member of staff|staff|real person|live agent|customer services|people)';

/** Asking for a person is clear anywhere in a message ("can I talk to someone about my tax"). */
const PERSON_ANYWHERE = new RegExp([
  `\\b(?:speak|talk|chat|speaking|talking) (?:to|with) ${WHO}\\b`,
  `\\b(?:put|connect|transfer|pass|get) me (?:through )?(?:to|with) ${WHO}\\b`,
  '\\b(?:real|actual) (?:person|human)\\b',
  '\\bhuman being\\b',
  '\\bsiarad (?:a|â|ag|gyda|efo|hefo) (?:pherson|rhywun|rywun|pobl|aelod o staff|ymgynghorydd|chynghorydd|cynghorydd)\\b',
  '\\bperson go iawn\\b',
].join('|'));

/** Single words or short phrases that ask for a person only when they are the whole message. */
const PERSON_WHOLE = ['person', 'human', 'agent', 'operator', 'advisor', 'adviser', 'someone', 'a person', 'a human', 'an agent', 'person please', 'person plis', 'rhywun', 'person', 'staff'];

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
  if (PERSON_ANYWHERE.test(n) || PERSON_WHOLE.includes(core)) return { kind: 'person' };
  if (CANCEL.includes(core)) return { kind: 'cancel' };
  if (START_OVER.includes(core)) return { kind: 'start-over' };
  if (HELP.includes(core) || n === '') return { kind: 'help' };
  if (GREETING.includes(core)) return { kind: 'greeting' };
  return null;
}
