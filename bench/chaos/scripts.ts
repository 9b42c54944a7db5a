/**
 * The fault suite's citizens: scripted SMS conversations against the sandbox content (routine
 * requests, questions, Welsh, numbered choices, asking for a person), assigned with a seeded
 * random (bots/seeded-random.ts) so a run can be repeated exactly.
 */

/** One citizen's conversation: the texts they send, one after another. */
export interface Script {
  name: string;
  texts: string[];
}

/** Conversations a citizen of the sandbox council might have (demo data: config/content/demo-data.ts). */
export const SCRIPTS: Script[] = [
  { name: 'recycling question', texts: ['what goes in the recycling bin?', 'and garden waste?', 'thanks'] },
  { name: 'council tax balance', texts: ['what do I owe on council tax', '12345678', 'CF10 1AA', 'thank you'] },
  { name: 'blue badge status', texts: ['check my blue badge application', 'BB-123456', 'CF10 1AA'] },
  { name: 'missed bin', texts: ['my bin was not collected', 'CF10 1AA', '12', '1', '2', 'yes', '5'] },
  { name: 'correction', texts: ['what do I owe on council tax', '87654321', 'no, the postcode is SA1 1AA', 'SA1 1AA'] },
  { name: 'help then start again', texts: ['help', 'my bin was not collected', 'start again', 'what goes in the recycling bin?'] },
  // STOP holds every later reply back until START; the reference run holds the same ones.
  { name: 'opt out and back in', texts: ['what goes in the recycling bin?', 'STOP', 'START', 'what goes in the recycling bin?'] },
  { name: 'welsh', texts: ['Cymraeg', 'beth sydd yn y bin ailgylchu?', 'diolch'] },
  { name: 'person', texts: ['hello', 'I want to speak to a person'] },
  { name: 'not understood', texts: ['asdf qwerty', 'zzzz', 'what is my council tax balance'] },
];

/** The script of each of `citizens` citizens, chosen with the seed. */
export function assignScripts(citizens: number, random: () => number): Script[] {
  return Array.from({ length: citizens }, (_, i) => SCRIPTS[i < SCRIPTS.length ? i : Math.floor(random() * SCRIPTS.length)] as Script);
}
