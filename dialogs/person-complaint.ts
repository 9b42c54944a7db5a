/**
 * Wanting to complain: the complaint words themselves (English and Welsh, with mutations,
 * slips and code-switching like "complainio"), dissatisfaction said outright ("this is not
 * good enough", "a disgrace"), how someone was treated, and taking it further (the
 * ombudsman, a grievance, "my MP"). Every complaint goes to a person with the reason
 * "complaint", whatever it is about, except when the person says it is not one ("I'm not
 * complaining, but") or the complaint is someone else's ("the parents are complaining").
 */
import { anyOf, firstMatch, negatedAt, type PreparedText, type Rule } from './person-text';

/** Complaint nouns and verbs: "complaint", "cwyn", "gwyno" (soft mutation), "nghwyn" (nasal), "achwyn"; any "complain…" form. */
const COMPLAINT_WORD = `(?:complain[a-z]*|compliant(?= (?:about|against|re|regarding|form|procedure))|${anyOf(['cwyn', 'cwyno', 'gwyno', 'nghwyn', 'cwynion', 'gwynion', 'chwyno', 'achwyn', 'achwyniad', 'cwynwch', 'cwyna', 'cwynio'])})`;
// "Gwyn" is also "white" (bin gwyn): it is a complaint only where "cwyn" would soft-mutate.
const MUTATED = / (?:gen i|gyda fi|da fi|gennyf|gennym|gynnon ni|gynna i|genna i|wneud|gwneud) gwyn(?= )| gwyn (?:swyddogol|ffurfiol)(?= )/g;
// "Make a compliant" is a slip for complaint; "is the boiler compliant" is not.
const COMPLIANT_SLIP = / (?:a|make|formal|file|raise|lodge|put in) compliant(?= )/g;

/** Other ways of saying it, strong enough on their own. */
const ESCALATION = anyOf([
  'ombudsman', 'ombwdsmon', 'ombudsmon', 'ombwdsman', 'grievance', 'grievances', 'kick up a fuss', 'kicking up a fuss', 'make a fuss', 'making a fuss',
  'raise a fuss', 'on record', 'formal objection', 'escalate this', 'escalate it', 'escalate my', 'escalate the', 'escalating this', 'escalated',
  'take this further', 'take it further', 'taking this further', 'take the matter further', 'legal action', 'sue the council', 'sue you',
  'mynd a hyn ymhellach', 'dissatisfaction', 'dissatisfied', 'looked into properly', 'investigated properly',
]);
/** Dissatisfaction, which is a complaint when it is about the council: "this is not good enough", not "the weather is appalling". */
const DISPLEASED = anyOf([
  'not good enough', 'unacceptable', 'a disgrace', 'disgraceful', 'appalling', 'outrageous', 'disgusted', 'not happy with', 'not happy at all', 'unhappy with',
  'not satisfied with', 'shocking', 'ddim yn ddigon da', 'annerbyniol', 'gwarthus', 'warthus', 'cywilyddus', 'gywilyddus', 'anhapus efo', 'anhapus gyda', 'anhapus iawn',
]);
const ABOUT_THE_COUNCIL = / (?:service|services|council|handled|handling|treated|treatment|response|staff|department|team|you|your|you lot|this|gwasanaeth|wasanaeth|cyngor|gyngor|chi|hyn)(?= )/;
// A bad word right before the service itself: "the worst service ever", "terrible customer service", not "the rubbish collection service".
const BAD_SERVICE = / (?:worst|terrible|poor|awful|shocking|rubbish|dreadful|diabolical|useless|appalling|bad) (?:customer )?(?:service|treatment|response|council(?! tax)|handling)(?= )| (?:service|treatment|response|handling) (?:has been |was |is )?(?:terrible|awful|dreadful|diabolical|shocking|atrocious)(?= )/g;
// Doing it formally: "raise it officially", "register my dissatisfaction formally", "yn swyddogol".
const FORMALLY = / (?:raise|raising|register|registering|lodge|lodging|record|report|file|submit)(?: [^ .]+){0,4} (?:formally|officially|yn swyddogol|yn ffurfiol)(?= )/g;
// How the person was treated: "the way I was spoken to", "how my application was handled", "y ffordd ges i fy nhrin".
const TREATED = / (?:how|the way|way) (?:i|we|my|our|she|he|they)(?: [^ .]+){0,3} (?:was|were|have been|has been|got|been) (?:treated|spoken to|handled|dealt with|talked to)(?= )| (?:fy|ein|ei) (?:nhrin|trin|thrin)(?= )| (?:treated|spoken to|talked to) (?:so |very |really )?(?:terribly|badly|appallingly|unfairly|poorly|rudely|disgracefully|disrespectfully|like dirt|like rubbish|like crap|like a criminal)(?= )/g;
// Staff behaving badly: "the bin men were rude", "the woman on the phone was so rude".
const STAFFISH = '(?:bin ?men|binmen|crew|driver|drivers|staff|officer|officers|warden|wardens|workers?|employees?|receptionist|advis[eo]r|agent|colleague|colleagues|the (?:man|woman|lady|guy|bloke|person|girl|fella|chap) (?:on|at|in|from) (?:the )?(?:phone|desk|front desk|reception|counter|tip|office|library|council|one stop shop|civic centre|hub|recycling centre)|the (?:man|woman|lady|guy|bloke|person) i spoke to)';
const BEHAVIOUR = '(?:rude|abusive|aggressive|unprofessional|disrespectful|dismissive|patronising|condescending|racist|sexist|offensive|threatening|unhelpful|nasty|horrible|obnoxious|arrogant)';
const CONDUCT = new RegExp(` (?:was|were|been|is|are) (?:so |very |really |extremely |incredibly |quite |absolutely )?${BEHAVIOUR}(?= )`);
// "How rude your staff were": the behaviour before the staff.
const CONDUCT_FIRST = new RegExp(` ${BEHAVIOUR} (?:[^ .]+ ){0,2}${STAFFISH}(?= )`, 'g');
const REPORT_STAFF = new RegExp(` (?:report|reporting) (?:them|him|her|(?:(?:a|an|the|your|one of your|one of the|that|this|member of|bin|rude) ){0,4}(?:${STAFFISH}|member of staff|staff member))(?= )`, 'g');
// Taking it elsewhere: "I'm going to my MP", "writing to the papers", "mynd at fy aelod seneddol".
const ELSEWHERE = / (?:go|going|went|write|writing|email|emailing|contact|contacting|tell|telling|take this|taking this|report|reporting|report this|report it|reporting this|raise this|raising this|raise it|take it|taking it) (?:up )?(?:to|with) (?:my (?:local )?(?:mp|ms|am|councillor)|the (?:local )?(?:press|papers|paper))(?= )| (?:mynd|ysgrifennu|cysylltu) (?:at|a|ag|efo|gyda) (?:fy|y) (?:aelod seneddol|aelod o r senedd|nghynghorydd|wasg|papur)(?= )| (?:report|reporting|reported) (?:you|the council|this council|your staff|them) to(?= )/g;

// Who is complaining: the word before the verb (past "are", "keeps", "yn"). "I", "we", "to" and question words are the person themselves.
const AUX = new Set(['mae', 'are', 'is', 'am', 'was', 'were', 'have', 'has', 'had', 'been', 'keep', 'keeps', 'kept', 'always', 'also', 'still', 'all', 'will', 'would', 'did', 'do', 'does', 'just', 'already', 'constantly', 'really', 'even', 'yn', 'wedi', 'di', 'n', 'wastad', 'hefyd']);
const SELF = new Set(['i', 'we', 'to', 'me', 'dw', 'rwyf', 'rydw', 'ydw', 'isio', 'eisiau', 'moyn', 'hoffwn', 'angen', 'want', 'like', 'wish', 'need', 'how', 'where', 'who', 'can', 'could', 'may', 'should', 'must', 'please', 'and', 'or', 'sut', 'ble', 'pwy', 'gallaf', 'alla', 'ga', 'am', 'i', 'you', 'gwneud', 'wneud', 'let', 'lets', 'about', 'cyn']);
// A complaint made against the person, or received by them, is council business but not their complaint.
const ABOUT_ME = /^(?: [^ .]+){0,3} (?:about me|about us|against me|against us|amdana i|amdanon ni|yn fy erbyn)(?= )|^ from (?:next door|my|a|the|our|someone|somebody|him|her|them|neighbours?|y cymdogion|cymydog)(?= )/;
const RECEIVED = / (?:received|receive|receiving) (?:a |an |another |some |several )?$/;
const NOT_COMPLAINING = / (?:no|dim|not one to|not here to|not making a|not a|nothing to) $/;
const MADE = / (?:made|make|makes|making|put in|puts in|filed|lodged|raised|submitted|wneud|gwneud) (?:a |an |another |the )?$/;

/** True when the person is the one complaining (or nobody is named, as in "complaint about the bins"). */
function ownComplaint(m: RegExpExecArray, p: PreparedText): boolean {
  const clause = p.text.slice(p.text.lastIndexOf(' . ', m.index) + 1, m.index + 1);
  const after = p.text.slice(m.index + m[0].length);
  if (negatedAt(p.text, m.index + 1) || NOT_COMPLAINING.test(clause) || RECEIVED.test(clause) || ABOUT_ME.test(after)) return false;
  const word = m[0].trim();
  // For a verb, or a noun after "made a", the subject is the first word before it that is not an auxiliary.
  const before = (MADE.test(clause) ? clause.replace(MADE, ' ') : clause).trim().split(' ').filter((w) => w !== '' && w !== '.');
  const isVerb = /^(?:complain|complains|complaining|complained|complainio)$/.test(word) || MADE.test(clause);
  // A Welsh verbnoun has a subject only through "yn"/"wedi" ("mae'r cymdogion yn cwyno"); "ffurflen gwyno" is a complaints form.
  const welshVerb = /^(?:cwyno|gwyno|chwyno|achwyn|cwynio)$/.test(word);
  if (welshVerb && !/^(?:yn|wedi|di|n)$/.test(before[before.length - 1] ?? '')) return true;
  if (!isVerb && !welshVerb) return true;
  const reversed = [...before].reverse();
  const at = reversed.findIndex((w) => !AUX.has(w));
  const subject = reversed[at];
  // Welsh "fi" is the person in "rhaid i fi", but "cymydog fi" is "my neighbour".
  if (subject === 'fi' || subject === 'ni') return reversed[at + 1] === 'i';
  return subject === undefined || SELF.has(subject);
}

const complaintRules: Rule[] = [
  { re: new RegExp(` ${COMPLAINT_WORD}(?= )`, 'g'), accept: ownComplaint },
  { re: MUTATED, accept: (m, p) => !negatedAt(p.text, m.index + 1) },
  { re: COMPLIANT_SLIP, accept: (m, p) => !negatedAt(p.text, m.index + 1) },
  { re: new RegExp(` ${ESCALATION}(?= )`, 'g'), accept: (m, p) => !negatedAt(p.text, m.index + 1) },
  { re: new RegExp(` ${DISPLEASED}(?= )`, 'g'), accept: (m, p) => !negatedAt(p.text, m.index + 1) && p.text.split(' . ').some((c) => c.includes(m[0].trim()) && ABOUT_THE_COUNCIL.test(` ${c} `)) },
  { re: BAD_SERVICE, accept: (m, p) => !negatedAt(p.text, m.index + 1) },
  { re: CONDUCT_FIRST, accept: (m, p) => !negatedAt(p.text, m.index + 1) },
  { re: FORMALLY, accept: (m, p) => !negatedAt(p.text, m.index + 1) },
  { re: TREATED },
  { re: new RegExp(` ${STAFFISH}(?= )`, 'g'), accept: (m, p) => CONDUCT.test(p.text.slice(m.index + m[0].length).split(' . ')[0] ?? '') },
  { re: REPORT_STAFF, accept: (m, p) => !negatedAt(p.text, m.index + 1) && (!/ (?:them|him|her)$/.test(m[0]) || new RegExp(STAFFISH).test(p.text)) },
  { re: ELSEWHERE, accept: (m, p) => !negatedAt(p.text, m.index + 1) },
];

/** True when the message is a complaint, or says the person wants to make one. */
export function isComplaint(p: PreparedText): boolean {
  return firstMatch(complaintRules, p) !== null;
}
