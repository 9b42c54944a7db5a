/** Crisis detection in English and Welsh, robust to case and punctuation, without obvious false alarms. */
import { detectCrisis } from '../../../dialogs/guardrails/crisis';

describe('detectCrisis', () => {
  it.each([
    ['I want to end my life', 'suicide'],
    ["I'm going to KILL MYSELF.", 'suicide'],
    ['im going to kill myself', 'suicide'],
    ['feeling suicidal tonight', 'suicide'],
    ['I just want to die', 'suicide'],
    ['I want to hurt myself', 'self-harm'],
    ['been self-harming again', 'self-harm'],
    ['I keep cutting myself', 'self-harm'],
    ["I'm not safe", 'danger'],
    ['i dont feel safe at home', 'danger'],
    ['he is going to hurt me', 'danger'],
    ["I'm in danger", 'danger'],
    ['someone is hitting me', 'abuse'],
    ['I am being abused', 'abuse'],
    ['dwi eisiau lladd fy hun', 'suicide'],
    ['meddwl am hunanladdiad', 'suicide'],
    ["dwi'n niweidio fy hun", 'self-harm'],
    ['dwi ddim yn ddiogel', 'danger'],
    ['mae o’n fy ngham-drin, cam-drin domestig', 'abuse'],
  ])('%j → %s', (text, kind) => {
    expect(detectCrisis(text)).toEqual({ kind });
  });

  it.each([
    'how do I kill the weeds in my garden',
    'my bin is in danger of overflowing',
    'is it safe to burn garden waste',
    "I'm safe now thanks",
    'can I cut my hedge back',
    'I hurt myself tripping on a pothole',
    'my bin was missed',
  ])('%j is not a crisis', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});
