/**
 * Asking for a person, by the shape of the request rather than set phrases: a talk verb and a
 * human target ("can i talk to Sandra", "siarad efo rhywun"), a want and a member of staff
 * ("need an advisor asap", "person dw i isio"), a transfer ("put me through"), or a call back
 * (person-callback). A negation just before the request cancels it, and people who are not
 * staff ("my neighbour") are no target.
 */
import { callsBack } from './person-callback';
import { anyOf, firstMatch, gap, type PreparedText, type Rule } from './person-text';
import { ANYONE, BOTS, COUNCIL, DEPARTMENT, FILL, plainRequest, QUALIFIED, STAFF, STAFF_MENTION, TALK, TARGET, WITH } from './person-vocabulary';

/** A member of staff taking the case on: "can a real member of staff pick this up". */
const TAKE_ON = anyOf(['pick this up', 'pick it up', 'pick up my case', 'take this on', 'take this over', 'take over', 'deal with this', 'deal with it', 'handle this', 'sort this', 'sort it out', 'sort this out']);
/** Coming out to see a thing: "come out", "pop round", "ddod allan", "ddod i weld". */
const VISIT = anyOf([
  'come out', 'come round', 'come over', 'come and look', 'come and see', 'come to look', 'come to see', 'pop round', 'pop out', 'call round', 'visit', 'send someone out',
  'ddod allan', 'dod allan', 'ddod mas', 'dod mas', 'ddod draw', 'dod draw', 'ddod i weld', 'dod i weld', 'ddod i edrych', 'dod i edrych', 'alw heibio', 'galw heibio', 'ymweld',
]);
// Between "someone" and "talk to": only the words of "someone (that) I can talk to", never "the staff were talking".
const TALK_GAP = anyOf(['i', 'we', 'you', 'can', 'could', 'to', 'that', 'who', 'may', 'might', 'would', 'will', 'real', 'proper', 'else', 'go', 'iawn', 'gallu', 'alla', 'galla', 'dw', 'yn', 'sy', 'syn', 'sydd', 'ga']);
const REACH = anyOf(['contact', 'reach', 'get hold of', 'get through to', 'get in touch with', 'cysylltu a', 'cysylltu ag', 'cysylltu gyda', 'cysylltu efo']);
/** Verbs of wanting that take a person straight after: "need an advisor", "can i have a human", "isio person". */
const WANT = anyOf([
  'want', 'need', 'needs', 'would like', 'would prefer', 'prefer', 'give me', 'get me', 'get us', 'get', 'can i have', 'could i have', 'may i have', 'can we have',
  'request', 'requesting', 'ask for', 'asked for', 'asking for', 'demand', 'where is', 'find me', 'isio', 'eisiau', 'angen', 'moyn', 'hoffwn', 'hoffen',
  'ga i', 'gaf i', 'cael',
]);
// After a wanted person comes an end, a courtesy or a reason: "staff parking permit" is not "staff".
const AFTER_WANTED = `(?= \\.| $| ${anyOf([
  'please', 'now', 'asap', 'thanks', 'who', 'that', 'not', 'from', 'at', 'in', 'on', 'about', 'regarding', 're', 'for', 'instead', 'rather', 'or', 'and', 'i',
  'dw', 'sy', 'sydd', 'syn', 'go', 'yn', 'ar', 'efo', 'gyda', 'am', 'nid', 'ddim', 'rwan', 'nawr', 'diolch', 'os', 'there', 'here', 'available', 'directly',
  'gysylltu', 'gysylltu a', 'ffonio', 'fy ffonio', 'alw', 'contact', 'call', 'ring',
  'twice', 'again', 'already', '(?:[^ .]+ )?times',
  'to (?:help|talk|speak|chat|look|call|ring|phone|sort|deal|explain|check|review|contact|get back|discuss)', 'i (?:helpu|siarad|edrych|ffonio|egluro|drafod)',
])}(?= |$))`;
const COURTESY = anyOf(['please', 'now', 'asap', 'thanks', 'thank you', 'diolch', 'rwan', 'nawr', 'os gwelwch yn dda', 'then', 'mate', 'today', 'right now', 'dw i isio', 'dw i eisiau', 'isio', 'eisiau', 'moyn', 'angen', 'yn syth', 'or nothing', 'or else', 'urgently',
  'would be nice', 'would be good', 'would be great', 'would be better', 'would be helpful', 'would help']);
const OPENER = anyOf(['oh', 'ok', 'okay', 'right', 'hi', 'hello', 'hiya', 'hey', 'helo', 'just', 'please', 'um', 'erm', 'yes', 'yeah', 'wow', 'so', 'and', 'but', 'ond', 'then', 'now', 'brilliant', 'great', 'can i', 'i', 'want', 'need', 'get me', 'give me', 'let me', 'dw i', 'isio', 'eisiau', 'angen', 'ga i', 'plis']);
const NOT_A_BOT = `(?: (?:not|nid|ddim|dim|rather than|instead of) (?:a |an |y |r |this |the )?(?:${BOTS}|you|chi|ti))?`;

const NOT_NAMES = new Set(['i', 'my', 'your', 'you', 'him', 'her', 'them', 'me', 'us', 'the', 'a', 'an', 'our', 'their', 'his', 'welsh', 'english', 'cymraeg', 'saesneg']);
const PRONOUN = anyOf(['him', 'her', 'them', 'fo', 'fe', 'hi', 'nhw', 'o', 'e', 'ef']);

const rules: Rule[] = [
  // A talk verb and a person: "can i speak to someone in revenues", "siarad â pherson", "a word with the manager".
  { re: new RegExp(` ${TALK} ${WITH} ${TARGET}(?= )`, 'g'), accept: plainRequest },
  // A talk verb and a name typed with a capital: "can i talk to Sandra".
  { re: new RegExp(` ${TALK} ${WITH} ([^ .]+)(?= )`, 'g'), accept: (m, p) => p.names.has(m[1] ?? '') && !NOT_NAMES.has(m[1] ?? '') && plainRequest(m, p) },
  // "Talk to him" where the message has just named staff: "is Gareth still our officer? need to talk to him".
  { re: new RegExp(` ${TALK} ${WITH} ${PRONOUN}(?= )`, 'g'), accept: (m, p) => (STAFF_MENTION.test(p.text) || p.names.size > 0) && plainRequest(m, p) },
  // A person, then the talking: "someone to talk to", "anyone real i can talk to", "rhywun i siarad efo".
  { re: new RegExp(` ${FILL}(?:${STAFF}|${ANYONE})(?: ${TALK_GAP}| i){0,3} ${TALK}(?: ${WITH})?(?= \\.| $| about| regarding| re | on | in | at | am | ynglyn)`, 'g'), accept: plainRequest },
  // Asking whom to talk to: "who can i speak to about my council tax", "pwy alla i siarad efo".
  { re: / (?:who|pwy) (?:can|do|should|shall|could|alla|galla|ddylwn|dylwn|ga|gallaf|allaf) (?:i|we) (?:speak|talk|chat|siarad|drafod)(?= )/g, accept: plainRequest },
  // Reaching the council or a person by other means: "how do i contact the council offices".
  { re: new RegExp(` ${REACH} (?:${FILL}(?:${STAFF}|${ANYONE})|${DEPARTMENT})(?= )`, 'g'), accept: plainRequest },
  // The council itself only when the person is trying to reach it, not "my carer said to contact the council" (which they are doing).
  { re: new RegExp(` (?:how (?:do|can|could) (?:i|we)|want to|need to|trying to|tried to|try to) ${REACH} (?:${COUNCIL})(?= )`, 'g'), accept: plainRequest },
  // An appointment: "book an appointment to see someone", "can i see someone in person".
  { re: new RegExp(` (?:appointment|book|arrange|come in)(?: [^ .]+){0,4} (?:to see|to meet|with|see) ${TARGET}(?= )`, 'g'), accept: plainRequest },
  { re: new RegExp(` (?:can|could|may) (?:i|we) (?:see|meet) ${FILL}(?:${STAFF}|${QUALIFIED})(?= )`, 'g'), accept: plainRequest },
  { re: / (?:face to face|in person|wyneb yn wyneb) (?:appointment|meeting|chat|conversation|apwyntiad|cyfarfod|sgwrs)(?= )| (?:appointment|meeting|apwyntiad|cyfarfod) (?:face to face|in person|wyneb yn wyneb)(?= )/g, accept: plainRequest },
  // Wanting a member of staff: "need an advisor asap", "i want someone real", "isio person", "asked for a human four times".
  { re: new RegExp(` ${WANT} ${gap(1)}(?:to (?:have|get|speak to|talk to) )?${FILL}(?:${STAFF}${AFTER_WANTED}|${QUALIFIED})`, 'g'), accept: plainRequest },
  // "Someone" wanted for the person themselves: "i need someone to help me with this form".
  { re: new RegExp(` ${WANT} ${ANYONE} (?:to|i) (?:help me|help us|help with|explain|go through|talk|speak|chat|helpu fi|egluro|siarad)(?= )`, 'g'), accept: plainRequest },
  { re: new RegExp(` (?:help|advice|support|answer|reply|response|cymorth|cyngor|ateb) (?:from|gan|wrth) ${FILL}(?:${STAFF}|${QUALIFIED})(?= )`, 'g'), accept: plainRequest },
  // Staff asked to act on the person's case: "can an advisor look at my claim", "get a person to check my account".
  { re: new RegExp(` (?:can|could|would|will|get|have|ask) ${FILL}(?:${STAFF}) (?:please )?(?:to )?(?:look at|look into|check|review|help|contact|explain|go through|sort|${TAKE_ON})(?= )`, 'g'), accept: plainRequest },
  // A visit: "can someone come out and look at the tree", "all rhywun ddod allan", "angen rhywun i ddod i weld y draen".
  { re: new RegExp(` (?:can|could|would|will|when will|please|get|send|need|want|${WANT}|ga i|gall|all|allai|gallai|allech|fedr|fedrith|neith|wneith|plis) ${FILL}(?:${STAFF}|${ANYONE}|${QUALIFIED})(?: [^ .]+){0,4} (?:${VISIT})(?= )`, 'g'), accept: plainRequest },
  { re: new RegExp(` ${FILL}(?:${STAFF}) (?:could|can|would|will|to|might) (?:please |possibly |just )?(?:look at|look into|check|review|help|explain|go through|sort)(?= )`, 'g'), accept: plainRequest },
  // The person first: "person dw i isio", "human please", "someone real please", "supervisor plis".
  { re: new RegExp(` ${FILL}(?:${STAFF}|${QUALIFIED})${NOT_A_BOT}(?: ${COURTESY}){1,4}(?= \\.| $)`, 'g'), accept: plainRequest },
  // A clause that is only a person: "operator", "a real person not a bot", "customer services", "press 0".
  { re: new RegExp(`(?:^|\\.) (?:${OPENER} ){0,6}(?:${FILL}(?:${STAFF}|${QUALIFIED}|someone|somebody|anyone|anybody|rhywun)${NOT_A_BOT}|press 0|press zero|dial 0|option 0)(?= \\.| $)`, 'g') },
  // A transfer: "put me through to the council tax people", "can i be put in touch", "pasiwch fi i aelod o staff".
  { re: new RegExp(` (?:connect|transfer|forward|patch|put through|pass|send|refer|escalate) (?:this |it |my [^ .]+ |me )?(?:on |over |across |through )?(?:to|onto|with) ${TARGET}(?= )`, 'g'), accept: plainRequest },
  { re: / (?:put|pass|transfer|connect|forward|patch) (?:me|us) (?:through|across|over|on to|onto|to|with|in touch)(?= )| (?:be|get|getting) (?:put|transferred|passed|connected) (?:through|across|over|on to|onto|to|with|in touch)(?= )/g, accept: plainRequest },
  { re: / (?:rho|rhowch|rhoi|roi|trosglwyddo|trosglwyddwch|trosglwydda|cysylltu|cysylltwch|pasio|pasiwch|pasia) (?:fi|fi n|ni|i mi) (?:drwodd|trwodd|drwyddo|trwyddo|drosodd|ymlaen|mlaen|at|i|a|gyda|efo)(?= )/g, accept: plainRequest },
  // Is there a person at all: "is there a human there", "is there anyone actually there", "oes rhywun dynol ar gael".
  // Only when the question is about presence ("anyone there?", "or is this automated"), not "anyone there who can lift" or "staff on at the tip".
  { re: new RegExp(` (?:is there|are there|oes|oes na|oes yna|ydi|ydy) ${FILL}(?:${STAFF}|${ANYONE})(?: actually| really| even)? (?:there|here|available|about|around|yna|na|ar gael|i mewn)(?= \\.| $| or | neu | to (?:talk|speak|chat|help))`, 'g'), accept: plainRequest },
  { re: new RegExp(` (?:is there|oes|oes na|oes yna) ${FILL}(?:${STAFF}(?= \\.| $| or | to (?:talk|speak|chat|help)| (?:i|we) (?:can|could) (?:talk|speak|chat|call|ring|phone|contact)| who| that| available| there| here| sy| syn| sydd| ar gael)|${QUALIFIED})`, 'g'), accept: plainRequest },
  // A named member of staff asked after: "is Gareth in the blue badge team about?", "ydy Sian yn yr adran refeniw ar gael?".
  { re: / (?:is|ydy|ydi|yw|oes|ai) ([^ .]+)(?: [^ .]+){0,6} (?:about|around|available|in today|in|there|free|ar gael|i mewn|yna|yn y gwaith|yn gweithio heddiw)(?= \.| $)/g, accept: (m, p) => p.names.has(m[1] ?? '') && !NOT_NAMES.has(m[1] ?? '') && plainRequest(m, p) },
  // Talking in person with nobody named: "where can I talk face to face", "i fi gael siarad wyneb yn wyneb".
  { re: new RegExp(` ${TALK} (?:face to face|in person|wyneb yn wyneb)(?= )`, 'g'), accept: plainRequest },
  { re: new RegExp(` (?:apwyntiad|apwyntiad i|trefnu apwyntiad|cyfarfod) (?:[^ .]+ ){0,3}(?:i weld|weld|gyda|efo|hefo|a|ag) ${TARGET}(?= )`, 'g'), accept: plainRequest },
  // Talking in person: "isio dod mewn i siarad wyneb yn wyneb efo rhywun", "talk face to face with someone".
  { re: new RegExp(` ${TALK} (?:face to face|in person|wyneb yn wyneb) ${WITH} ${TARGET}(?= )`, 'g'), accept: plainRequest },
  // Staff asked to ring the person or someone they care for: "ga i ofyn i ymgynghorydd ei ffonio hi", "can an adviser ring my mum".
  { re: new RegExp(` ${FILL}(?:${STAFF}) (?:ei|eu|i|to) (?:ffonio|ffonio hi|ffonio fo|ffonio fe|call|ring|phone)(?= )`, 'g'), accept: plainRequest },
  // "Any humans around?", "a human there?": asking whether a person is present at all.
  { re: new RegExp(`(?:^|\\.)(?: (?:hello|hi|helo|so|any|are there|is there|oes|oes na)){0,4} ${FILL}(?:${STAFF}) (?:there|here|around|about|available|in|on|yna|ar gael)(?= \\.| $)`, 'g') },
  // A talk verb with its object first: "discuss my account with a member of staff", "talk it through with someone".
  { re: new RegExp(` (?:discuss|go through|go over|sort out|talk|speak|chat|trafod) (?:(?!to |with |about )[^ .]+ ){1,4}(?:with|gyda|efo|hefo|ag|a) ${TARGET}(?= )`, 'g'), accept: plainRequest },
  // By phone: "can someone explain this letter to me over the phone".
  { re: new RegExp(` (?:can|could|would|will) ${FILL}(?:${STAFF}|${ANYONE}) (?:[^ .]+ ){0,6}(?:over|on|by) (?:the )?phone(?= )`, 'g'), accept: plainRequest },
  // Not wanting the bot is wanting a person: "dw i ddim isio siarad efo robot", "sick of talking to a machine".
  { re: new RegExp(` (?:not|ddim|dim|nid|never|sa i|sai|smo fi|sick of|tired of|fed up of|fed up with|had enough of) (?:[^ .]+ ){0,3}${TALK} ${WITH} (?:a |an |the |this |your |y |r |another |more )?${BOTS}(?= )`, 'g') },
];

/** True when the message asks for a person or a call back. */
export function asksForPerson(p: PreparedText): boolean {
  return firstMatch(rules, p) !== null || callsBack(p);
}
