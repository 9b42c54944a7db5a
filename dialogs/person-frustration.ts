/**
 * Someone fed up with the bot but not clearly asking for a person: "this bot is useless",
 * "you're not listening", "stop repeating yourself", "ti'n dda i ddim". They get one offer of a
 * person, not a handoff. No offer when the message also asks something (the question deserves
 * its answer), when it is banter ("lol"), or when they are leaving ("forget it, I'll find it").
 */
import { anyOf, firstMatch, type PreparedText, type Rule } from './person-text';

/** The bot, as people address it. */
const BOT = anyOf([
  'you', 'you are', 'you r', 'your', 'youre', 'this', 'this is', 'this thing', 'this bot', 'the bot', 'bot', 'chatbot', 'this chatbot', 'robot', 'this robot', 'this chat',
  'this app', 'the app', 'this system', 'the system', 'this service', 'machine', 'this machine', 'computer', 'it is', 'its', 'this website', 'the website',
]);
const INTENSIFIER = anyOf(['so', 'really', 'absolutely', 'completely', 'totally', 'utterly', 'fucking', 'bloody', 'pretty', 'just', 'a bit', 'such a', 'beyond', 'literally', 'actually', 'honestly', 'being', 'very', 'well', 'proper']);
/** What people call a bot that is failing them. */
const USELESS = anyOf([
  'useless', 'pointless', 'hopeless', 'crap', 'shit', 'shite', 'pants', 'worthless', 'stupid', 'dumb', 'thick', 'clueless',
  'pathetic', 'terrible', 'awful', 'a joke', 'joke', 'a waste of time', 'a waste of space', 'no use', 'no help', 'no good', 'not helpful', 'unhelpful',
  'not helping', 'not working', 'broken', 'infuriating', 'frustrating', 'ridiculous', 'a nightmare', 'doing my head in',
  'driving me (?:[^ .]+ ){0,2}(?:mad|crazy|insane|nuts|bonkers|up the wall|round the bend|round the twist|potty|spare)', 'not listening', 'not understanding', 'not getting it', 'not making sense', 'going nowhere', 'getting nowhere', 'getting me nowhere', 'a farce', 'annoying', 'so annoying',
]);
const BOT_NOUN = anyOf(['bot', 'robot', 'chatbot', 'machine', 'computer', 'thing', 'app', 'system', 'website']);
// "Rubbish" names a bin ("which bin?" "it's rubbish"), so it is a verdict only on the bot by name or on "you".
const BIN_WORDS = anyOf(['rubbish', 'garbage', 'trash']);
const BOT_BY_NAME = anyOf(['you', 'you are', 'you r', 'youre', 'your', 'this bot', 'the bot', 'chatbot', 'this chatbot', 'this robot', 'this chat', 'this app', 'this system', 'this machine', 'this website']);

const frustrationRules: Rule[] = [
  // "this bot is useless", "you're not listening", "u r useless", "its pointless".
  { re: new RegExp(` ${BOT}(?: is| are| am)?(?: ${INTENSIFIER}){0,4} ${USELESS}(?= )`, 'g') },
  { re: new RegExp(` ${BOT_BY_NAME}(?: is| are| am)?(?: ${INTENSIFIER}){0,4} ${BIN_WORDS}(?= )`, 'g') },
  // "stupid bot", "useless thing".
  { re: new RegExp(` (?:stupid|useless|rubbish|dumb|pointless|bloody|crap|shit|daft|thick|pathetic|hopeless) ${BOT_NOUN}(?= )`, 'g') },
  { re: / you (?:do not|did not|never|can not|have misunderstood|misunderstood|misunderstand|make no|are making no|do not make) (?:understand|listen|get it|help|read|me|sense|any sense)(?= )| (?:do not|does not|can not|why do not) you (?:understand|listen|get it)(?= )| do not think you (?:understand|get it|are listening)(?= )/g },
  // The bot's answers judged, or the person getting nowhere: "the answers you give are useless", "I'm getting nowhere with you".
  { re: new RegExp(` (?:answer|answers|reply|replies|response|responses)(?: [^ .]+){0,3} (?:is|are) (?:${INTENSIFIER} ){0,4}${USELESS}(?= )| (?:getting|going) nowhere(?= )`, 'g') },
  { re: / (?:stop|quit) (?:repeating|saying|sending|giving|asking|telling)(?: me)? (?:the same|yourself|(?:that|this)(?= \.| $))(?= )| (?:stop|quit) repeating(?= )| repeating yourself(?= )/g },
  { re: / (?:the )?same (?:answer|thing|reply|message|link|response|info|information|stuff|question)s? (?:again|over and over|every time|each time|twice|[^ .]+ times)(?= )/g },
  { re: / (?:keep|keeps|kept) (?:saying|sending|giving|telling|asking|getting) (?:me )?(?:the same|that)(?= )/g },
  // A whole message of one verdict: "useless", "pointless!!".
  { re: new RegExp(`^ (?:${USELESS})(?: [^ .]+)? $`, 'g') },
  { re: / (?:going|go|goin|went|round) (?:round|around|round and round) in circles(?= )| round in circles(?= )/g },
  { re: / (?:asked|told|said|typed|explained) (?:you |this |that |it |the same )?(?:[^ .]+ )?(?:times|twice)(?= )| (?:already|just) told you(?= )/g },
  { re: / (?:not|isnt) what i (?:asked|said|meant|wanted)(?= )| (?:that|this) (?:does not|did not) (?:help|answer)(?= )| i give up(?= )| waste of (?:my )?time(?= )/g },
  { re: / (?:for (?:gods|fucks|christs|petes|goodness) sake|ffs|talking to a (?:brick )?wall)(?= )/g },
  // Fed up, said plainly: "I've had enough of this", "so fed up", "llond bol". Other content ("fed up of waiting for my badge") stops the offer.
  { re: / (?:had enough|fed up|sick and tired|sick of this|sick of you|llond bol|wedi cael digon)(?= )/g },
  // Welsh: "ti'n dda i ddim", "dach chi ddim yn gwrando", "yr un ateb eto", "stopia ailadrodd".
  {
    // The subject opens its clause: "mae'ch gwasanaeth biniau chi'n anobeithiol" is about the bins, not the bot.
    re: new RegExp(`(?:^|\\.)(?: (?:ond|a|wir|o|wel|na|rili|mae)){0,4} (?:ti|rwyt ti|wyt ti|dwyt ti|chi|dach chi|dych chi|ydych chi|rydych chi|dydych chi|hwn|hwnna|hyn|y bot|y robot|bot|robot|y peth ma|y peth yma|mae hwn|mae hyn) (?:yn )?(?:(?:hollol|cwbl|gwbl|mor|rili|wir|llwyr) )?(?:${anyOf(['dda i ddim', 'da i ddim', 'diwerth', 'anobeithiol', 'sbwriel', 'rybish', 'rwtsh', 'twp', 'dwl', 'crap', 'useless', 'iwsles', 'pathetig', 'ddim yn helpu', 'ddim yn gwrando', 'ddim yn deall', 'ddim yn gweithio', 'wastraff amser', 'gwastraff amser', 'jok'])})(?= )`, 'g'),
  },
  { re: / (?:robot|bot|peth) (?:twp|dwl|diwerth|sbwriel|anobeithiol|da i ddim|dda i ddim)(?= )| (?:stopia|stopiwch|paid|peidiwch) (?:ag |a )?(?:ailadrodd|deud yr un|dweud yr un|ddeud yr un|ddweud yr un)(?= )| ailadrodd (?:dy|eich) hun(?= )/g },
  // "Ti'm yn gwrando": "ti'm" folds to "tim", the same letters as "tîm" (team), so it counts only before "yn gwrando".
  { re: / (?:tim|chim|dachim) yn (?:gwrando|helpu|deall)(?= )/g },
  { re: / yr un (?:ateb|peth|neges|linc|ddolen)(?: [^ .]+)? (?:eto|dro ar ol tro|drosodd|gwaith|waith|bob tro|bob amser)(?= )| (?:rownd|rownd a rownd) mewn cylchoedd(?= )| (?:gwastraff|wastraff) amser(?= )/g },
  { re: / (?:gofyn|deud|dweud|egluro)(?: [^ .]+){0,3} (?:dair|tair|pedair|bedair|dwy|ddwy|sawl|lot o|llawer o) (?:gwaith|waith)(?= )/g },
];

/** Asking whether there is a person at all: "are you a real person?", "is this a bot", "anyone there?". */
const askingIfHuman: Rule[] = [
  { re: / (?:are you|r you|you are|is this|am i (?:talking|speaking|chatting) (?:to|with)) (?:a |an |just a |even a )?(?:real|human|person|bot|robot|machine|computer|automated|ai|chatbot)(?= )/g },
  { re: /(?:^|\.)(?: (?:hello|hi|helo|is|oes)){0,4}(?: na)? (?:anyone|anybody|rhywun|rywun) (?:there|yna|na|real)(?: [^ .]+)? (?=\.|$)/g },
  { re: /(?:^|\.| ai| wyt| ydych| ydy hwn| ydi hwn) (?:ti|chi|hwn)? ?(?:yn )?(?:robot|bot|cyfrifiadur|beiriant|peiriant|berson go iawn|person go iawn)(?= \.| $)/g },
  { re: / (?:ydw|dw) (?:i yn|in|i) (?:siarad|sgwrsio) (?:efo|gyda|a|hefo) (?:y |r )?(?:robot|bot|cyfrifiadur|peiriant|person go iawn|berson go iawn)(?= )/g },
];

// Laughter and leaving: the person is joking or has already decided, so an offer only gets in the way.
const BANTER_OR_LEAVING = / (?:lol|lmao|haha|hahaha|jk|only joking|forget it|never mind|nevermind|do not worry|ill|i will (?:find|do|sort|look|go)|anghofia|dim ots)(?= )/;
// Words that carry no request of their own: what is left of "you've given me the same answer three times now".
const FUNCTION_WORDS = new Set([
  'i', 'am', 'me', 'my', 'you', 'your', 'youre', 'we', 'us', 'it', 'its', 'this', 'that', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been',
  'have', 'has', 'had', 'do', 'does', 'did', 'not', 'no', 'yes', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'just', 'so', 'really', 'again', 'now',
  'still', 'even', 'already', 'all', 'only', 'same', 'keep', 'kept', 'keeps', 'given', 'give', 'gave', 'getting', 'get', 'got', 'said', 'say', 'saying',
  'told', 'tell', 'asked', 'ask', 'times', 'time', 'twice', 'three', 'four', 'five', 'once', 'ok', 'okay', 'right', 'honestly', 'seriously', 'omg',
  'wow', 'great', 'brilliant', 'thanks', 'cheers', 'oh', 'ugh', 'argh', 'please', 'mate', 'hello', 'hi', 'why', 'christ', 'jesus', 'god', 'sigh',
  'typical', 'fantastic', 'come', 'thing', 'bot', 'chatbot', 'robot', 'machine', 'computer', 'app', 'answer', 'reply', 'message', 'going', 'lie',
  'absolutely', 'totally', 'completely', 'literally', 'actually', 'bloody', 'fucking', 'very', 'pretty', 'such', 'but', 'and', 'anyway', 'well',
  'dw', 'ti', 'chi', 'yn', 'mae', 'wedi', 'ddim', 'y', 'yr', 'r', 'hwn', 'hyn', 'eto', 'rwan', 'nawr', 'diolch', 'iawn', 'wel', 'fi', 'ni',
  'ges', 'un', 'ateb', 'gwaith', 'dair', 'tair', 'ond', 'mor', 'wir', 'o', 'ar', 'efo', 'gyda', 'di', 'cael', 'ma', 'yma', 'na', 'bod', 'fod', 'llwyr',
]);
const QUESTION_START = new Set([
  'what', 'whats', 'when', 'whens', 'where', 'wheres', 'how', 'hows', 'which', 'who', 'whos', 'can', 'could', 'is', 'are', 'does', 'do', 'will', 'would',
  'pryd', 'ble', 'sut', 'beth', 'faint', 'pa', 'oes', 'ydy', 'ydi', 'ga', 'alla', 'gaf',
]);
const OPENERS = new Set(['but', 'anyway', 'so', 'and', 'ok', 'okay', 'right', 'fine', 'ond', 'bynnag', 'well', 'now']);

/** True when, beside the frustration, the message asks or reports something the bot should handle. */
function asksSomethingElse(p: PreparedText, frustrated: RegExpExecArray): boolean {
  // "Beth bynnag" is "anyway", not the question "beth".
  const rest = `${p.text.slice(0, frustrated.index)} . ${p.text.slice(frustrated.index + frustrated[0].length)}`.replace(/ beth bynnag /g, ' bynnag ');
  return rest.split(' . ').some((clause) => {
    const words = clause.split(' ').filter((w) => w !== '');
    const first = words.find((w) => !OPENERS.has(w));
    // "What a useless bot" is an exclamation: a question needs a few words after its first.
    return (first !== undefined && QUESTION_START.has(first) && words.length >= 4) || words.filter((w) => !FUNCTION_WORDS.has(w)).length >= 2;
  });
}

/** True when the message sounds fed up with the bot, or asks whether a person is there, without asking anything else. */
export function soundsFedUp(p: PreparedText): boolean {
  if (BANTER_OR_LEAVING.test(p.text)) return false;
  const m = firstMatch(frustrationRules, p) ?? firstMatch(askingIfHuman, p);
  return m !== null && !asksSomethingElse(p, m);
}
