/**
 * The words the person detectors are built from: who counts as a person to reach (staff, a
 * team, the council, "someone real"), the verbs of talking and wanting, and the checks that
 * turn a match down (a negation, a story, a question about a rule). Patterns are regular
 * expression sources over text from `prepare`, where words are separated by single spaces.
 */
import { anyOf, negatedAt, type PreparedText } from './person-text';

/** Determiners and adjectives allowed before a person: spelt out, so "single person discount" is not "a person". */
export const FILL = `(?:${anyOf([
  'a', 'an', 'the', 'some', 'one', 'any', 'your', 'one of your', 'one of the', 'real', 'actual', 'proper', 'live', 'human', 'physical', 'genuine',
  'qualified', 'senior', 'other', 'bloody', 'flipping', 'fucking', 'damn', 'y', 'yr', 'r', 'un', 'rhyw', 'eich',
])} ){0,4}`;

/** People who are staff, or human, by what they are called (English and Welsh, with mutations). */
export const STAFF = anyOf([
  'person', 'human', 'human being', 'humans', 'agent', 'live agent', 'operator', 'adviser', 'advisor', 'advisers', 'advisors', 'officer', 'member of staff',
  'staff member', 'member of the team', 'member of your team', 'team member', 'manager', 'supervisor', 'team leader', 'caseworker', 'case worker',
  'case officer', 'customer services', 'customer service', 'customer care', 'customer support', 'customer service rep', 'customer representative',
  'representative', 'helpdesk', 'help desk', 'call centre', 'contact centre', 'receptionist', 'boss', 'superior', 'someone in charge', 'person in charge',
  'someone senior', 'head of department', 'interpreter', 'translator', 'real people', 'actual people', 'councillor', 'worker', 'council worker',
  'berson', 'pherson', 'aelod o staff', 'aelod o r tim', 'aelod staff', 'swyddog', 'swyddogion', 'ymgynghorydd', 'ymgynghorwr', 'ymgynghorwyr',
  'cynghorydd', 'chynghorydd', 'gynghorydd', 'rheolwr', 'reolwr', 'goruchwyliwr', 'oruchwyliwr', 'bod dynol', 'dyn neu ddynes', 'ddyn neu ddynes',
  'gwasanaethau cwsmeriaid', 'wasanaethau cwsmeriaid', 'gwasanaeth cwsmeriaid', 'staff', 'person go iawn', 'berson go iawn', 'pherson go iawn',
  'asiant', 'asiantau', 'dyn go iawn', 'ddyn go iawn', 'rhywun go iawn', 'rywun go iawn', 'rhywun dynol', 'rywun dynol', 'pobl go iawn', 'cyfieithydd', 'gyfieithydd', 'pennaeth',
]);

/** "Someone" asks for a person after a talk verb, or when it is qualified as real or from the council. */
export const ANYONE = anyOf(['someone', 'somebody', 'anyone', 'anybody', 'some one', 'whoever', 'rhywun', 'rywun', 'unrhyw un', 'unrhywun', 'neb', 'pobl', 'bobl', 'pwy bynnag', 'bwy bynnag']);
export const QUALIFIED = `${ANYONE} (?:${anyOf([
  'real', 'proper', 'human', 'else', 'actual', 'live', 'go iawn', 'byw', 'dynol', 'arall', 'who works', 'that works', 'working', 'syn gweithio', 'sydd yn gweithio',
  'from the council', 'at the council', 'from your', 'from the', 'o r cyngor', 'yn y cyngor', 'or cyngor', 'o r swyddfa', 'who knows', 'that knows',
  'who can help', 'who can actually help', 'who understands', 'who can explain', 'who actually', 'that actually', 'who can sort', 'in charge', 'senior',
  'in person', 'face to face', 'wyneb yn wyneb', 'on the line', 'on the phone', 'sy yn gwybod', 'syn gwybod', 'sy yn deall', 'syn deall', 'sy yn gallu helpu',
  'syn gallu helpu', 'sy yn gweithio',
  // From a named part of the council: "rhywun o'r adran priffyrdd", "someone from highways".
  'o r adran', 'o r tim', 'or adran', 'or tim', 'o adran', 'o dim',
  // Alive, as people put it when the bot is failing them: "someone with a pulse", "someone with a brain".
  'with a pulse', 'with a heartbeat', 'with a brain', 'with a beating heart', 'efo pwls', 'gyda phwls',
  // Where they are, or what language they speak: "oes na rywun yn y swyddfa", "someone who speaks welsh".
  'in the office', 'yn y swyddfa', 'yn gweithio (?:fan hyn|yma|yna)', 'working (?:here|there)', '(?:who|that) speaks? (?:welsh|cymraeg|english)', 'sy yn siarad cymraeg', 'syn siarad cymraeg',
])}|not a (?:bot|robot|machine|computer)|nid (?:robot|cyfrifiadur|peiriant))`;

// Words that end a team's name before it starts: "my neighbour about the office" is no team.
const NOT_A_TEAM_WORD = anyOf(['police', 'my', 'about', 'regarding', 're', 'his', 'her', 'their', 'our', 'and', 'or', 'with', 'to', 'from', 'am', 'ynglyn', 'fy', 'neighbour', 'neighbours', 'a', 'an']);
/** A team, department or office: "the council tax people", "the highways officer", "yr adran dai". The police are not council staff. */
export const DEPARTMENT = `(?:the |your |a |an |y |r |yr )?(?:(?!${NOT_A_TEAM_WORD} )[^ .]+ ){0,3}${anyOf(['team', 'department', 'office', 'offices', 'section', 'unit', 'desk', 'people', 'staff', 'officer', 'officers', 'manager', 'helpline', 'adran', 'tim', 'swyddfa'])}`;
/** The council itself, and staff named by role through "my": "my caseworker", "my local councillor". */
export const COUNCIL = `(?:the |y |r )?(?:council|cyngor|gyngor|civic centre|council offices|town hall)|(?:my|our|fy) (?:[^ .]+ )?(?:caseworker|case worker|social worker|support worker|key worker|officer|councillor|nghynghorydd)`;
/** Anyone a talk verb can be aimed at to reach a person. */
export const TARGET = `(?:${FILL}(?:${STAFF}|${ANYONE})|${DEPARTMENT}|${COUNCIL})`;

/** Talking, in either language: "speak", "have a word", "discuss it", "siarad", "cael gair". */
export const TALK = anyOf([
  'speak', 'talk', 'chat', 'speaking', 'talking', 'chatting', 'conversation', 'a conversation', 'have a word', 'have a chat', 'a word', 'discuss', 'discuss it', 'discuss this', 'discuss that',
  'discuss things', 'discuss my case', 'go through it', 'go through this', 'go over it', 'siarad', 'sgwrsio', 'cael gair', 'gael gair', 'gair', 'sgwrs', 'trafod',
]);
export const WITH = anyOf(['to', 'with', 'wiv', 'wid', 'a', 'ag', 'ar', 'gyda', 'efo', 'hefo', 'gydag', 'da', 'i']);
/** Bots, which a person may say they do not want to talk to. */
export const BOTS = anyOf(['bot', 'robot', 'robots', 'bots', 'chatbot', 'machine', 'machines', 'computer', 'cyfrifiadur', 'peiriant', 'automated system', 'automated reply', 'automatic reply']);

/** Where a message talks about staff (or a named person) elsewhere, "talk to him" means them. */
export const STAFF_MENTION = new RegExp(` (?:${STAFF}|officer|councillor|head of|in charge|team|department|supervisor|manager) `);

// "I was talking to someone at the tip and they said" is a story, not a request.
function narrative(m: RegExpExecArray, p: PreparedText): boolean {
  const before = p.text.slice(0, m.index + 1);
  const first = m[0].trim().split(' ')[0] ?? '';
  return (/ (?:was|were|been|am|is|are|have|had) $/.test(before) && /ing$/.test(first)) || / (?:wedi|di|newydd) $/.test(before);
}
// "Do I have to speak to someone to cancel?" asks about a rule, not for a person.
const obligation = (m: RegExpExecArray, p: PreparedText): boolean => / (?:do|does|will|would|must|should|shall) (?:i|we|you) (?:have|need|got) to $/.test(p.text.slice(0, m.index + 1));

/** A match that is a request as it stands: not negated, not a story, not a question about a rule. */
export function plainRequest(m: RegExpExecArray, p: PreparedText): boolean {
  return !negatedAt(p.text, m.index + 1) && !narrative(m, p) && !obligation(m, p);
}
