/**
 * One spelling for the safeguarding rules to read. People in distress rarely spell or punctuate
 * with care, so the rules see lowercase words without accents or punctuation, text-speak
 * spelt out ("wanna" → "want to", "kms" → "kill myself"), stretched letters squeezed
 * ("plsss" → "plss") and near-misses of the few long words that matter corrected
 * ("sucidal" → "suicidal"). Welsh contractions are opened up ("dwi'n" → "dwi yn").
 */
import { editDistance } from '../../text';

/** The Welsh article "'r" after a vowel, held apart from the text-speak "r" until the words are respelt. */
const ARTICLE = 'ʳ';

/** Text-speak and common respellings, word for word. */
const RESPELL: Record<string, string> = {
  u: 'you', ya: 'you', yu: 'you', ur: 'your', r: 'are', im: 'i am', ive: 'i have', iv: 'i have', id: 'i would',
  wanna: 'want to', wana: 'want to', wnna: 'want to', wan: 'want', gonna: 'going to', gunna: 'going to', gona: 'going to', goin: 'going',
  tryna: 'trying to', imma: 'i am going to', ima: 'i am going to', gotta: 'got to', dunno: 'do not know', kms: 'kill myself', sh: 'self harm', selfharm: 'self harm',
  kmsf: 'kill myself', kys: 'kill yourself', cnt: 'cant', carnt: 'cant', dnt: 'dont',
  sum1: 'someone', some1: 'someone', sumone: 'someone', sumthing: 'something', any1: 'anyone', no1: 'no one', noone: 'no one',
  every1: 'everyone', evry1: 'everyone', ppl: 'people', cos: 'because', coz: 'because', cuz: 'because', bc: 'because',
  tonite: 'tonight', tonyt: 'tonight', '2nite': 'tonight', '2night': 'tonight', '2day': 'today', rn: 'right now', atm: 'at the moment',
  pls: 'please', plz: 'please', plss: 'please', thx: 'thanks', bf: 'boyfriend', gf: 'girlfriend', hubby: 'husband', hubbie: 'husband',
  fella: 'partner', missus: 'wife', mrs: 'wife', partnr: 'partner', myslef: 'myself', meself: 'myself', mysef: 'myself',
  myslf: 'myself', mself: 'myself', msyelf: 'myself', myelf: 'myself', hisself: 'himself', themself: 'themselves', tabs: 'tablets',
  pils: 'pills', '2': 'to', m8: 'mate', jus: 'just', rite: 'right', wen: 'when', wiv: 'with', meds: 'medication', anymor: 'anymore', nemore: 'anymore', nomore: 'no more', n: 'and',
  wid: 'with', tae: 'to', oot: 'out', pit: 'put', naewhere: 'nowhere', maw: 'mum', av: 'i have', nowt: 'nothing', anymair: 'anymore', naebody: 'nobody', nae: 'no', dinnae: 'dont', cannae: 'cant', wantin: 'wanting', w: 'with', abt: 'about', bout: 'about', luv: 'love', kidz: 'kids', childs: 'child', lil: 'little',
  nite: 'night', tho: 'though', thru: 'through', wud: 'would', wld: 'would', cud: 'could', shud: 'should',
  // Welsh text-speak and southern/northern forms the rules need only once
  isie: 'isio', ishe: 'isio', isho: 'isio', eisiau: 'isio', moyn: 'isio', dwin: 'dwi yn', dwim: 'dwi ddim', sgen: 'does gen',
};

/** Long words that matter, and the near-misses of them worth correcting. */
const KEY_WORDS = [
  'suicide', 'suicidal', 'overdose', 'overdosed', 'overdosing', 'paracetamol', 'ibuprofen', 'antidepressants', 'painkillers',
  'sertraline', 'citalopram', 'fluoxetine', 'codeine', 'tramadol', 'diazepam', 'homeless', 'hopeless', 'worthless', 'unconscious',
  'breathing', 'strangled', 'strangling', 'strangles', 'controlling', 'threatening', 'threatened', 'frightened', 'terrified',
  'bleeding', 'hunanladdiad', 'digartref', 'tabledi', 'anobeithiol', 'cutting', 'harming', 'neglected', 'neglecting', 'groomed',
  'grooming', 'safeguarding',
  // Real words one or two edits from a key word, kept as they are ("struggling" is not "strangling").
  'struggling', 'struggled', 'struggle', 'strangers', 'strangle', 'breathe', 'controller', 'threaten', 'hopeful', 'homeware', 'unconscionable',
];
const KEY_SET = new Set(KEY_WORDS);

/**
 * Verbs whose dropped g ("endin", "burnin", "kippin") the rules need back. A list, not a
 * rule, because many words end in "in" (bin, again, cabin) and Welsh is full of them.
 */
const GERUNDS = new Set([
  'ending', 'thinking', 'going', 'bleeding', 'sleeping', 'kipping', 'cutting', 'burning', 'harming', 'hurting', 'hitting', 'beating',
  'kicking', 'punching', 'jumping', 'selling', 'messaging', 'scavenging', 'responding', 'moving', 'being', 'trying', 'crying', 'killing',
  'living', 'searching', 'struggling', 'drinking', 'dying', 'nothing', 'something', 'saying', 'picking', 'scratching', 'starving',
  'strangling', 'choking', 'breathing', 'slapping', 'smashing', 'screaming', 'shouting', 'leaving', 'staying', 'sitting', 'standing',
  'waiting', 'coping', 'feeling', 'eating', 'texting', 'following', 'threatening', 'stalking', 'grooming', 'taking', 'swallowing',
  'drowning', 'walking', 'planning', 'doing', 'getting', 'looking', 'hiding', 'begging', 'carrying', 'dealing',
]);

/** The key word a long token is a misspelling of, if any (one edit, two for long words). */
function correct(token: string): string {
  if (token.length < 7 || KEY_SET.has(token)) return token;
  for (const key of KEY_WORDS) {
    const allowed = key.length >= 9 ? 2 : 1;
    if (Math.abs(key.length - token.length) <= allowed && key[0] === token[0] && editDistance(token, key, allowed) <= allowed) return key;
  }
  return token;
}

/** The text as the safeguarding rules read it. */
export function canonicalRiskText(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    // "od'd", "OD'ed": the apostrophe is all that tells an overdose from "odd".
    .replace(/\bo\.?d(?:'d|'ed|'ing)\b/g, 'overdosed')
    // Welsh contractions: "dwi'n" carries a word the rules need; "i'r", "a'r" keep their "r" as a
    // word, marked (ʳ) so the text-speak "r" for "are" does not take it.
    .replace(/([a-zŵŷâêîôû])'n\b/g, '$1 yn')
    .replace(/([a-zŵŷâêîôû])'r\b/g, `$1 ${ARTICLE}`)
    // Southern Welsh negation ("sa i moyn", "sai'n gallu", "smo fi'n") read as the northern "dwi ddim".
    .replace(/\b(?:sa i|sai|smo fi|smo i)\b/g, 'dwi ddim')
    .replace(/'/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1$1');
  const tokens = folded.split(/\s+/).filter((t) => t !== '');
  return tokens.map((t) => (t === ARTICLE ? 'r' : RESPELL[t]) ?? (t.endsWith('in') && GERUNDS.has(`${t}g`) ? `${t}g` : correct(t))).join(' ');
}
