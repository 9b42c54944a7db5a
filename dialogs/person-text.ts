/**
 * Text as the person detectors read it: lowercase, Welsh accents folded, txt-speak and typos of
 * the few words that matter respelt, and clause breaks kept as " . " so a pattern never reaches
 * across a sentence ("No. I want a person" is not "no I want"). Names typed with a capital are
 * kept aside, because "can I talk to Sandra" asks for staff while "talk to my neighbour" does not.
 */

/** A message prepared for matching. */
export interface PreparedText {
  /** Words separated by single spaces; clauses separated by " . ". */
  text: string;
  /** Lowercased words typed with a capital mid-sentence, read as names (empty when the message is in Title Case). */
  names: Set<string>;
}

/** Txt-speak and run-together Welsh mutations, respelt to the words the patterns use. */
const RESPELL: Record<string, string> = {
  u: 'you', ur: 'your', pls: 'please', plz: 'please', plez: 'please', pleas: 'please', plse: 'please', plis: 'please',
  sum1: 'someone', some1: 'someone', som1: 'someone', sumone: 'someone', someon: 'someone', sumbody: 'somebody', sumbdy: 'somebody', any1: 'anyone', ne1: 'anyone', no1: 'noone',
  wanna: 'want to', wana: 'want to', gonna: 'going to', gimme: 'give me', lemme: 'let me', gotta: 'got to',
  cud: 'could', cld: 'could', wud: 'would', cn: 'can', giv: 'give', ave: 'have', av: 'have', spk: 'speak', tlk: 'talk',
  fone: 'phone', fon: 'phone', cal: 'call', bk: 'back', bak: 'back', thru: 'through', ppl: 'people', peeps: 'people', hooman: 'human',
  custmer: 'customer', cust: 'customer', serv: 'services', svcs: 'services', dept: 'department', im: 'i am', ive: 'i have', id: 'i would', youve: 'you have',
  callback: 'call back', ringback: 'ring back', phonecall: 'phone call', callbck: 'call back', dont: 'do not', didnt: 'did not', doesnt: 'does not', wont: 'will not', cant: 'can not', cannot: 'can not',
  isnt: 'is not', wasnt: 'was not', arent: 'are not', havent: 'have not', hasnt: 'has not', wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not', aint: 'is not',
  // "I'd like" is "i would like" to the patterns. Welsh typed without apostrophes ("efor tim", "dwin") is split as "efo'r", "dwi'n" are.
  efor: 'efo r', hefor: 'hefo r', gydar: 'gyda r', ir: 'i r', dwi: 'dw i', dwin: 'dw i yn', tin: 'ti yn', chin: 'chi yn', fin: 'fi yn', isie: 'isio', ishe: 'isio', eisie: 'eisiau', moen: 'moyn',
};

/** The words typos are corrected towards: the ones every pattern hangs on. */
const KEYWORDS = [
  'speak', 'talk', 'want', 'call', 'ring', 'phone', 'person', 'human', 'agent', 'advisor', 'adviser', 'operator', 'officer', 'someone', 'somebody',
  'anyone', 'anybody', 'manager', 'supervisor', 'customer', 'service', 'services', 'member', 'complain', 'complaint', 'complaints', 'ombudsman',
  'useless', 'rubbish', 'pointless', 'listening', 'repeating', 'through', 'please', 'chatbot', 'grievance', 'siarad', 'rhywun', 'ffonio',
];
const KEYWORD_SET = new Set(KEYWORDS);

/** Real words one typo away from a keyword, which must never be "corrected" into one. */
const REAL_WORDS = new Set([
  'steak', 'sneak', 'speck', 'spear', 'humane', 'compliant', 'advise', 'advice', 'advised', 'advises', 'manger', 'manage', 'managed', 'manages',
  'persona', 'parson', 'lease', 'though', 'office', 'offices', 'phony', 'shone', 'prone', 'repealing',
]);

/** True when a and b differ by one edit, or by two neighbouring letters swapped. */
function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return a.length >= 5;
    const [i, j] = diff;
    return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  // A letter left out or doubled: only on longer words, where it cannot make another word.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1 || short.length < 5) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** A word with its typo corrected when it is one slip from a keyword (and not an inflection or a real word). */
function corrected(word: string): string {
  if (KEYWORD_SET.has(word) || REAL_WORDS.has(word) || word.length < 4 || /\d/.test(word)) return word;
  // "calls", "talked", "phones" are other words, not slips: a different sentence, not a request.
  if (KEYWORDS.some((k) => word === `${k}s` || word === `${k}ed` || word === `${k}d` || word === `${k}es` || word === `${k}ing`)) return word;
  return KEYWORDS.find((k) => oneTypoApart(word, k)) ?? word;
}

/** Lowercase, accents folded, apostrophes dropped, clause punctuation kept as " . ". */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    // Welsh "efo'r", "ffonio'r", "o'r": the article is its own word. English "you're", "they're" stay one word.
    .replace(/\b(?!(?:you|we|they|who|there|what|where)[\u2018\u2019\u02bc`´']r\b)(\p{L}+)[\u2018\u2019\u02bc`´']r\b/gu, '$1 r')
    // Welsh "dwi'n", "nhw'n", "sy'n": the "'n" is "yn".
    .replace(/(\p{L}+)[\u2018\u2019\u02bc`´']n\b/gu, '$1 yn')
    .replace(/[\u2018\u2019\u02bc`´']/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[.!?;:,\n()]+/g, ' . ')
    .replace(/[^\p{L}\p{N}\s.]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words written with a capital mid-sentence, unless most words are capitalised (Title Case or shouting). */
function capitalisedNames(raw: string): Set<string> {
  const words = raw.replace(/[\u2018\u2019']/g, '').split(/[^\p{L}]+/u).filter((w) => w !== '');
  const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  if (words.length === 0 || capitalised.length * 2 > words.length) return new Set();
  // A word after sentence punctuation is capitalised for grammar, not because it is a name.
  const sentenceStarts = new Set([...raw.matchAll(/(?:^|[.!?]\s*)(\p{Lu}\p{Ll}+)/gu)].map((m) => m[1]));
  return new Set(capitalised.filter((w) => !sentenceStarts.has(w)).map((w) => w.toLowerCase()));
}

/** Prepares a message for the person detectors. */
export function prepare(raw: string): PreparedText {
  const words = fold(raw).split(' ').map((w) => {
    if (w === '2') return 'to';
    const respelt = RESPELL[w];
    return respelt ?? corrected(w);
  });
  return { text: ` ${words.join(' ')} `.replace(/\s+/g, ' '), names: capitalisedNames(raw) };
}

/** Alternatives as one non-capturing group, longest first so "a member of staff" beats "a member". */
export function anyOf(options: readonly string[]): string {
  return `(?:${[...options].sort((a, b) => b.length - a.length).join('|')})`;
}

/** Up to n words of any kind, without crossing a clause break. */
export function gap(n: number): string {
  return `(?:[^ .]+ ){0,${n}}`;
}

/** Words that carry a negation to a request a few words on: "don't really want to", "ddim isio". */
const NEGATORS = ['not', 'never', 'no need', 'no way', 'without', 'ddim', 'dim', 'sdim', 'nid', 'heb', 'paid', 'peidiwch', 'avoid', 'instead of'];
/** Words that may stand between a negation and the request it negates. */
const BRIDGE = [
  'i', 'we', 'you', 'really', 'even', 'actually', 'honestly', 'want', 'need', 'like', 'wish', 'have', 'got', 'to', 'be', 'ever', 'just', 'going',
  'asked', 'ask', 'able', 'being', 'would', 'do', 'does', 'did', 'can', 'could', 'will', 'mind', 'again', 'any', 'for', 'more',
  'dw', 'rwyf', 'rydw', 'wi', 'fi', 'isio', 'eisiau', 'moyn', 'angen', 'yn', 'wir', 'gallu', 'gorfod', 'cael', 'am', 'mo', 'ag', 'a',
];
const NEGATED_TAIL = new RegExp(` ${anyOf(NEGATORS)}(?: ${anyOf(BRIDGE)}){0,8} $`);
// "I wouldn't mind talking to someone" is a yes: "mind" after a negation turns it round.
const DOUBLE_NEGATIVE = / not mind(?: [^ .]+)? $| do not mind(?: [^ .]+)? $/;

/** True when the words just before `index` negate what starts there ("I don't want to | talk to a person"). */
export function negatedAt(text: string, index: number): boolean {
  // A negation reaches a few words, never across a clause: the last 100 characters of the clause are enough.
  const clauseStart = Math.max(text.lastIndexOf(' . ', index) + 1, index - 100);
  const tail = ` ${text.slice(clauseStart, index).trim()} `;
  return NEGATED_TAIL.test(tail) && !DOUBLE_NEGATIVE.test(tail);
}

/** A pattern for one way of saying something, and a check that rejects matches that read as something else. */
export interface Rule {
  re: RegExp;
  accept?: (m: RegExpExecArray, p: PreparedText) => boolean;
}

/** The first match of any rule that its check accepts, or null. */
export function firstMatch(rules: readonly Rule[], p: PreparedText): RegExpExecArray | null {
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(p.text); m; m = rule.re.exec(p.text)) {
      if (!rule.accept || rule.accept(m, p)) return m;
      rule.re.lastIndex = m.index + 1;
    }
  }
  return null;
}
