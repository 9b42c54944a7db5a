/**
 * The second net under the rules: words that go with each kind of risk, weighed. A message no
 * rule caught but that carries enough of one kind's words is handled as that kind (or asked
 * "are you safe?" when the weight is lower). Rules describe how people say a thing; this
 * catches the many ways they say it that no rule foresaw. Weights: 3 a word that alone means
 * risk, 2 a strong sign, 1 a word that only counts beside others.
 */
import type { RiskKind } from '../../types';

type Weighted = [pattern: string, weight: number][];

/** Words for each kind, English and Welsh, as patterns over canonical text. */
const WORDS: Record<RiskKind, Weighted> = {
  suicide: [
    ['suicid\\w*', 3], ['hunanladd\\w*', 3], ['die', 1], ['dying', 1], ['dead', 1], ['death', 1], ['end it', 2], ['ending it', 2], ['end my', 1],
    ['not be here', 2], ['not here anymore', 2], ['goodbye', 1], ['ffarwel', 1], ['pointless', 1], ['no point', 1], ['dim pwynt', 1], ['hopeless', 1],
    ['worthless', 1], ['burden', 2], ['baich', 2], ['give up', 1], ['giving up', 1], ['nothing to live', 3], ['live anymore', 3], ['marw', 1], ['farw', 1],
    ['lladd', 1], ['ladd', 1], ['byw', 1], ['fyw', 1], ['forever', 1], ['am byth', 1], ['myself', 1],
    ['fy hun', 1], ['alone', 1], ['unig', 1], ['cant cope', 2], ['ymdopi', 1], ['sleep forever', 3], ['not wake', 2], ['deffro', 1], ['tired of', 1],
    ['pills', 1], ['tablets', 1], ['rope', 1], ['note', 1], ['sorry to everyone', 2], ['miss me', 2], ['better off', 2], ['well off', 1],
  ],
  danger: [
    ['overdos\\w*', 3], ['gorddos\\w*', 3], ['tablets', 1], ['pills', 1], ['tabledi', 1], ['paracetamol', 1], ['swallowed', 1], ['llyncu', 1],
    ['taken', 1], ['jump\\w*', 1], ['neidio', 2], ['bridge', 1], ['pont', 1], ['bont', 1], ['ledge', 2], ['roof', 1], ['railway', 1], ['train', 1],
    ['bleed\\w*', 2], ['gwaedu', 2], ['blood', 2], ['gwaed', 2], ['unconscious', 3], ['anymwybodol', 3], ['breathing', 2], ['anadlu', 2],
    ['ambulance', 1], ['ambiwlans', 1], ['999', 1], ['knife', 2], ['cyllell', 2], ['weapon', 2], ['fire', 1], ['tan', 1], ['danger', 2], ['perygl', 2],
    ['emergency', 1], ['argyfwng', 2], ['help me', 1], ['please help', 1], ['helpwch', 1], ['collapsed', 2], ['llewygu', 2],
    ['not moving', 2], ['symud', 1], ['brysiwch', 2], ['attack\\w*', 2], ['stab\\w*', 2],
  ],
  'self-harm': [
    ['self harm\\w*', 3], ['hunan ?niwed\\w*', 3], ['cut', 1], ['cutting', 1], ['cuts', 1], ['blade\\w*', 1], ['razor\\w*', 1], ['llafn', 2],
    ['scars?', 2], ['creithiau', 2], ['wounds?', 1], ['burn\\w*', 1], ['llosgi', 1], ['arms?', 1], ['mraich', 1], ['breichiau', 1], ['wrists?', 1],
    ['arddwrn', 2], ['thighs?', 2], ['relaps\\w*', 2], ['myself', 1], ['fy hun', 1], ['torri', 1], ['brifo', 1], ['niweidio', 1], ['again', 1],
    ['eto', 1], ['on purpose', 2], ['ar bwrpas', 2], ['punish', 1], ['bruis\\w*', 1], ['scratch\\w*', 1], ['urge', 2], ['sleeves', 1],
  ],
  abuse: [
    ['hit', 1], ['hits', 2], ['hitting', 2], ['beat\\w*', 2], ['punch\\w*', 2], ['kick\\w*', 1], ['slap\\w*', 2], ['push\\w*', 1], ['shov\\w*', 1],
    ['strangl\\w*', 3], ['chok\\w*', 2], ['bruis\\w*', 1], ['cleisiau', 1], ['black eye', 3], ['scared', 1], ['afraid', 1], ['ofn', 1],
    ['frightened', 2], ['terrified', 2], ['violent', 2], ['treisgar', 2], ['abus\\w*', 1], ['cam ?drin', 2], ['control\\w*', 1], ['rheoli', 1],
    ['threat\\w*', 2], ['bygwth', 2], ['mygwth', 2], ['rape\\w*', 3], ['treisio', 3], ['partner', 1], ['husband', 1], ['boyfriend', 1], ['ex', 1],
    ['gwr', 1], ['ngwr', 1], ['cariad', 1], ['taro', 2], ['nharo', 3], ['curo', 2], ['nghuro', 3], ['bwrw', 1], ['mwrw', 3], ['police', 1],
    ['heddlu', 1], ['safe', 1], ['ddiogel', 1], ['home', 1], ['adre', 1], ['adra', 1], ['drunk', 1], ['meddw', 1], ['temper', 1], ['shouting', 1],
  ],
  child: [
    ['child', 1], ['children', 1], ['kids?', 1], ['baby', 1], ['babi', 1], ['son', 1], ['daughter', 1], ['toddler', 1], ['plentyn', 1], ['plant', 1],
    ['neglect\\w*', 3], ['esgeuluso', 3], ['groom\\w*', 3], ['alone', 1], ['hungry', 2], ['llwglyd', 2], ['secret', 1], ['cyfrinach', 1],
    ['older', 1], ['drugs', 1], ['cyffuriau', 1], ['bruis\\w*', 1], ['hit', 1], ['crying', 1], ['screaming', 1], ['social services', 2],
    ['safeguarding', 2], ['school', 1], ['ysgol', 1], ['teacher', 1], ['dirty', 1], ['nappy', 1], ['food', 1], ['bwyd', 1], ['scared', 1],
  ],
  homeless: [
    ['homeless', 3], ['digartref', 3], ['ddigartref', 3], ['nowhere', 2], ['unman', 2], ['nunlle', 2], ['sleep\\w*', 1], ['cysgu', 1], ['rough', 1],
    ['streets?', 1], ['stryd', 1], ['car', 1], ['tonight', 1], ['heno', 1], ['kicked out', 3], ['thrown out', 3], ['evict\\w*', 2], ['landlord', 1],
    ['landlady', 1], ['hostel', 2], ['shelter', 2], ['lloches', 2], ['sofa', 1], ['soffa', 1], ['locks', 1], ['cloeon', 1], ['out by', 1],
    ['no home', 3], ['bags', 1], ['bagiau', 1], ['cold', 1], ['freezing', 1], ['oer', 1], ['stay', 1], ['aros', 1],
  ],
};

const COMPILED = Object.fromEntries(Object.entries(WORDS).map(([kind, words]) => [kind, words.map(([p, w]) => [new RegExp(`\\b${p}\\b`), w] as const)])) as Record<RiskKind, (readonly [RegExp, number])[]>;

/** Any of the words at all: most messages have none, and then nothing more is tried. */
const ANY_WORD = new RegExp(`\\b(?:${Object.values(WORDS).flat().map(([p]) => p).join('|')})\\b`);

/** Each kind's weight in canonical text: the sum of the weights of the distinct words present. */
export function riskWordScores(text: string): Record<RiskKind, number> {
  const out = {} as Record<RiskKind, number>;
  if (!ANY_WORD.test(text)) {
    for (const kind of Object.keys(COMPILED) as RiskKind[]) out[kind] = 0;
    return out;
  }
  for (const [kind, words] of Object.entries(COMPILED) as [RiskKind, (readonly [RegExp, number])[]][]) {
    out[kind] = words.reduce((sum, [re, w]) => sum + (re.test(text) ? w : 0), 0);
  }
  return out;
}
