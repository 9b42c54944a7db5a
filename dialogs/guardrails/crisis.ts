/**
 * Spots messages that say someone may be at risk, in English or Welsh. Runs before any
 * understanding, so signposting never depends on a model or on the matcher's confidence.
 * It errs towards firing: a false alarm costs one signposting message, a miss costs far more.
 */
import { normalise } from '../text';

/** What kind of risk a message signals. */
export type CrisisKind = 'suicide' | 'self-harm' | 'danger' | 'abuse';

/** A crisis signal, or null. */
export type CrisisSignal = { kind: CrisisKind } | null;

const SELF = '(?:my ?self|meself|myslef|fy hun|fy hunan)';

/** Patterns over normalised text (lowercase, apostrophes dropped: "i'm" → "im"). */
const PATTERNS: { kind: CrisisKind; re: RegExp }[] = [
  {
    kind: 'suicide',
    re: new RegExp([
      `\\b(?:kill|killing|kil) ${SELF}`,
      '\\bsuicid(?:e|al)\\b',
      '\\bend(?:ing)? (?:my|my own) life\\b',
      '\\bend it all\\b',
      '\\btake my (?:own )?life\\b',
      '\\b(?:want|wanna|going|ready) (?:to )?die\\b',
      '\\bdont want to (?:live|be alive|be here any ?more|wake up)\\b',
      '\\bbetter off dead\\b',
      '\\bno reason to live\\b',
      '\\boverdos(?:e|ing)\\b',
      '\\blladd fy hun',
      '\\bhunanladd(?:iad|ol)\\b',
      '\\b(?:eisiau|isio|moyn) marw\\b',
      '\\b(?:diweddu|gorffen|dod a) (?:fy )?(?:mywyd|bywyd)',
    ].join('|')),
  },
  {
    kind: 'self-harm',
    re: new RegExp([
      `\\b(?:harm|harming|cut|cutting|burn|burning) ${SELF}`,
      // "I hurt myself tripping on a pothole" is an accident report, not self-harm.
      `\\b(?:hurt|hurting|injure|injuring|injured) ${SELF}(?! (?:on|tripping|falling|slipping|when|at|in the|by|badly on))`,
      '\\bself ?harm',
      `\\b(?:niweidio|anafu|brifo|torri) ${SELF}`,
      '\\bhunan ?niweid',
    ].join('|')),
  },
  {
    kind: 'abuse',
    re: new RegExp([
      '\\b(?:someone|somebody|he|she|they|partner|husband|wife|boyfriend|girlfriend|dad|mum|father|mother) (?:is |keeps |keep |has been |s |)(?:hitting|hits|hit|beating|beats|abusing|abuses|hurting|hurts) me\\b',
      '\\bbeing (?:abused|hit|beaten|hurt)\\b',
      '\\b(?:domestic|sexual) (?:abuse|violence)\\b',
      '\\babusive (?:partner|relationship|husband|wife|boyfriend|girlfriend)\\b',
      '\\bcam ?drin\\b',
      '\\byn fy nharo\\b',
    ].join('|')),
  },
  {
    kind: 'danger',
    re: new RegExp([
      '\\b(?:im|i am|i feel|i dont feel|we are|were|we dont feel) (?:not )?safe\\b(?<!\\b(?:im|i am|i feel|we are|were) safe)',
      '\\b(?:im|i am|we are|were|my (?:child|children|kids?|son|daughter|baby|family) (?:is|are)) (?:in|at) (?:immediate |real |serious )?danger\\b',
      '\\b(?:going to|gonna|threaten\\w* to|wants to) (?:hurt|kill|hit|attack) (?:me|us)\\b',
      '\\b(?:dwi|dydw i|dw i|dydw) ddim yn (?:ddiogel|saff)\\b',
      '\\bmewn perygl\\b',
      '\\b(?:mynd i|bygwth) (?:fy|ein) (?:mrifo|lladd|nharo)\\b',
    ].join('|')),
  },
];

/** The first crisis signal in a message, or null when there is none. */
export function detectCrisis(text: string): CrisisSignal {
  const t = normalise(text);
  for (const p of PATTERNS) if (p.re.test(t)) return { kind: p.kind };
  return null;
}
