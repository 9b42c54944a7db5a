/**
 * Spots attempts to steer the model instead of asking the council something, in English and
 * Welsh. A hit means the model is not asked; the offline matcher answers instead, so a false
 * alarm costs a little understanding and never a wrong action.
 */
import { normalise } from '../text';

const PATTERNS: RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass) (?:all |any |the |your |my )?(?:previous |prior |above |earlier |system |original )*(?:instructions?|prompts?|rules?|guidelines?|directions?)\b/,
  /\b(?:system|developer|hidden|initial) (?:prompt|message|instructions?)\b/,
  /\b(?:reveal|show|print|repeat|tell me|output|leak) (?:me )?(?:your|the) (?:prompt|instructions?|rules|configuration|tools?)\b/,
  /\byou are (?:now|no longer)\b/,
  /\b(?:pretend|act|behave) (?:to be|as if|as|like)(?: an?)? (?:unrestricted|different|evil|jailbroken|dan|admin|developer|hacker|unfiltered)\b/,
  /\b(?:ignore|disregard|forget) (?:the|everything|all) (?:above|before)\b/,
  /\b(?:jailbreak|jail break|dan mode|developer mode|god mode|do anything now)\b/,
  /\bnew instructions?\b/,
  /<\/?(?:system|assistant|instructions?|tool)>|\[\/?(?:inst|system)\]|<\|im_(?:start|end)\|>/,
  /\b(?:call|use|invoke) (?:the )?(?:tool|function) /,
  // Welsh, with its mutations (rheolau → reolau, pob → bob, cyfarwyddyd → gyfarwyddyd):
  // "anwybyddwch y cyfarwyddiadau", "anwybydda dy reolau", "dangos dy gyfarwyddiadau".
  /\banwybydd\w* (?:y |yr |pob |bob |dy |eich )?(?:[cg]yfarwydd\w*|r?h?eol\w*)/,
  /\b(?:dangos|datgelu|rhannu) (?:dy|eich|y) (?:gyfarwyddiad\w*|cyfarwyddiad\w*|prompt|rheolau)/,
  /\brwyt ti nawr\b|\brydych chi nawr\b/,
];

/** True when the message looks like an attempt to instruct the model. */
export function detectInjection(text: string): boolean {
  // Markup-style attacks need the raw text; phrasing attacks are matched on normalised text.
  const raw = text.toLowerCase();
  const n = normalise(text);
  return PATTERNS.some((re) => re.test(n) || re.test(raw));
}
