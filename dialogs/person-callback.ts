/**
 * Asking to be called back: "phone me", "can someone ring me back", "give me a bell", "can a
 * member of staff text me back", "ffoniwch fi nôl", "ga i alwad yn ôl", "allai rhywun fy
 * ffonio i". Giving a number with a request to use it is one too; "I'll call back later",
 * "don't ring me" and "who do I ring about the headstone" (a question about whom to ring) are not.
 */
import { anyOf, firstMatch, type PreparedText, type Rule } from './person-text';
import { ANYONE, FILL, plainRequest, STAFF } from './person-vocabulary';

const CALL = anyOf(['call', 'ring', 'phone', 'telephone', 'bell', 'contact', 'get back to', 'get in touch with']);
// Between "someone" and the calling: only the words of a request ("someone from the council please call"), never "if anyone needs the keys".
const CALL_GAP = `(?:${anyOf([
  'please', 'from', 'the', 'your', 'a', 'council', 'office', 'team', 'department', 'at', 'in', 'to', 'can', 'could', 'would', 'will', 'just', 'kindly',
  'possibly', 'be', 'able', 'arrange', 'needs', 'need', 'has', 'have', 'must', 'should', 'gonna', 'going', 'actually', 'who', 'that', 'there', 'else', 'real', 'then', 'today', 'asap', 'now', 'soon', 'urgently', 'maybe',
  'o', 'r', 'or', 'swyddfa', 'cyngor', 'yn', 'gallu', 'plis', 'i', 'get', 'give', 'me', 'us', 'one of you', 'one of your',
])}|(?:from|in|at|o r|or) [^ .]+)`;
// "Call me old fashioned" and "calls me names" are not call backs.
const NOT_A_CALL = '(?! (?:old fashioned|crazy|mad|paranoid|stupid|names|what you|a|an))';
// "the person on the phone", "my phone": a noun, not a request to phone.
const NOUN_BEFORE = '(?<! (?:the|a|on|by|over|my|your|his|her|their|our))';

const rules: Rule[] = [
  // "phone me", "ring us back", "contact me please", "get back to me".
  { re: new RegExp(` ${CALL} (?:me|us)${NOT_A_CALL}(?= )`, 'g'), accept: plainRequest },
  { re: / (?:give|giv) (?:me|us) (?:a )?(?:call|ring|bell|buzz|shout|phone|tinkle)(?= )/g, accept: plainRequest },
  // "can i ave a call back", "request a callback"; "I'll call back later" is the person calling.
  { re: / (?:call|ring|phone) back(?= )/g, accept: (m, p) => plainRequest(m, p) && !/ (?:i|we|i will|we will|i would|to|going to|ill|well|shall) $/.test(p.text.slice(0, m.index + 1)) },
  { re: / (?:can|could|may) (?:i|we) (?:have|get|request|book|arrange) (?:a |an )?(?:phone call|call|ring|phone)(?= )/g, accept: plainRequest },
  // Wanting a call: "I would appreciate a phone call", "want a call back", "get a call from someone today".
  { re: / (?:want|need|like|appreciate|prefer|request|requesting|arrange|get|have|book|after) (?:a |an )?(?:phone call|call|ring|callback)(?: back)?(?= \.| $| from| today| asap| please| tomorrow| when| at| on| about| regarding| re| this| pls| thanks)/g, accept: plainRequest },
  { re: new RegExp(` (?:call|phone call|ring|callback|call back) from ${FILL}(?:${STAFF}|${ANYONE}|council|the council|cyngor)(?= )`, 'g'), accept: (m, p) => plainRequest(m, p) && !/ (?:had|got|received|missed|took|answered)(?: a| an)? $/.test(p.text.slice(0, m.index + 1)) },
  // A person and then the calling: "could a member of the team ring me", "can somebody ring one of us", "someone please get in touch".
  { re: new RegExp(` ${FILL}(?:${STAFF}|${ANYONE})(?: ${CALL_GAP}){0,6}${NOUN_BEFORE} (?:(?:${CALL}|text|email|ffonio|alw|galw|gysylltu|cysylltu) (?:me|us|back|one of us|my|our|him|her|them|fi|ni|i)|get in touch|ffonior|ffonio r|ngalw)(?= )`, 'g'), accept: plainRequest },
  // "Who can I ring?" wants anyone at all; "who do I ring about the headstone" asks which number, so it is left to the answers.
  { re: / (?:who|what number|which number|pwy) (?:can|could|should|alla|galla|ddylwn|gallaf|allaf) (?:i|we) (?:call|ring|phone|ffonio)(?= \.| $| now| today| please)/g, accept: plainRequest },
  // Welsh: "ffoniwch fi nôl", "galwch fi", "cysylltwch â fi", "ga i alwad yn ôl", "rhowch ganiad i mi", "fy ffonio i".
  { re: / (?:ffonio|ffoniwch|ffonia|ffonwch|galw|galwch|cysylltu|cysylltwch|cysyllta) (?:fi|ni|mi|i fi|i mi|a fi|ag fi|gyda fi|efo fi|hefo fi|ataf|arnaf)(?= )/g, accept: plainRequest },
  { re: / (?:galwad|alwad|ngalwad) (?:yn ol|nol|n ol|ffon)(?= )| (?:fy|ein) (?:ffonio|ngalw|galw|nghysylltu)(?= )| ngalw i(?= )/g, accept: plainRequest },
  { re: / (?:rhoi|roi|rhowch|rho) (?:ganiad|caniad|galwad|alwad)(?= )/g, accept: plainRequest },
];

/** True when the message asks to be called (or written) back by a person. */
export function callsBack(p: PreparedText): boolean {
  return firstMatch(rules, p) !== null;
}
