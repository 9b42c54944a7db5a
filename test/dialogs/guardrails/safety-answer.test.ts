/** Answers to "Are you safe?": buttons and words, English and Welsh; doubt reads as not safe. */
import { readSafetyAnswer } from '../../../dialogs/guardrails/risk/safety-answer';

describe('readSafetyAnswer', () => {
  it.each([
    ['1', 'safe'], ['safe', 'safe'], ["yes i'm safe", 'safe'], ['im ok thanks', 'safe'], ['ydw, dwi\'n iawn', 'safe'], ['yep', 'safe'],
    ['2', 'not-safe'], ['not safe', 'not-safe'], ['no', 'not-safe'], ['not really ok', 'not-safe'], ["no i'm not fine", 'not-safe'],
    ["dwi ddim yn ddiogel", 'not-safe'], ['na', 'not-safe'], ['help', 'not-safe'], ['im scared', 'not-safe'],
    ['3', 'person'], ['person', 'person'], ['can i talk to someone', 'person'],
    ['what day is my bin collected', null],
  ])('%j → %s', (text, answer) => {
    expect(readSafetyAnswer(text)).toBe(answer);
  });
});
