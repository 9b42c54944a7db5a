/** Slot validators: UK formats in, normal forms out. "Now" is Tuesday 10 March 2026 in London. */
import { validateChoice, validateDate, validateHouse, validatePostcode, validateReference, validateYesNo } from '../../dialogs/validators';
import { flows } from '../../config/content';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('validatePostcode', () => {
  it.each([['cf101aa', 'CF10 1AA'], ['CF10 1AA', 'CF10 1AA'], ['sw1a 1aa', 'SW1A 1AA'], ['SA1 1AA', 'SA1 1AA'], ['M1 1AE', 'M1 1AE'], ['gir 0aa', 'GIR 0AA'], ["it's LL57 2AA thanks", 'LL57 2AA']])('%j → %s', (input, value) => {
    expect(validatePostcode(input)).toEqual({ ok: true, value });
  });
  it.each(['CF10', '12345', 'QQ1 1AA', 'CF10 1CA', 'hello', ''])('rejects %j', (input) => {
    expect(validatePostcode(input)).toEqual({ ok: false });
  });
});

describe('validateDate', () => {
  const range = { pastDays: 14, futureDays: 0 };
  it.each([
    ['today', '2026-03-10'], ['yesterday', '2026-03-09'], ['Monday', '2026-03-09'], ['tuesday', '2026-03-10'], ['last Tuesday', '2026-03-03'],
    ['03/03/2026', '2026-03-03'], ['3/3/26', '2026-03-03'], ['3 March', '2026-03-03'], ['3rd March 2026', '2026-03-03'], ['March 3', '2026-03-03'],
    ['ddoe', '2026-03-09'], ['heddiw', '2026-03-10'], ['dydd Llun', '2026-03-09'], ['dydd Mawrth diwethaf', '2026-03-03'], ['3 Mawrth', '2026-03-03'],
  ])('%j → %s', (input, value) => {
    expect(validateDate(input, NOW, range)).toEqual({ ok: true, value });
  });
  it.each(['tomorrow 11/03/2026', '20/03/2026', '1 February', '31/02/2026', 'soon', ''])('rejects %j', (input) => {
    expect(validateDate(input, NOW, range)).toEqual({ ok: false });
  });
  it('uses the London calendar day, not UTC', () => {
    // 23:30 UTC on 31 March 2026 is already 1 April in London (BST).
    expect(validateDate('today', new Date('2026-03-31T23:30:00Z'))).toEqual({ ok: true, value: '2026-04-01' });
  });
});

describe('validateReference', () => {
  it('normalises a Blue Badge reference to BB-123456', () => {
    for (const input of ['bb123456', 'BB-123456', 'bb 123456', 'my ref is BB123456']) expect(validateReference(input, '^BB-\\d{6}$')).toEqual({ ok: true, value: 'BB-123456' });
  });
  it('accepts 8-digit council tax references with spaces', () => {
    expect(validateReference('1234 5678', '^\\d{8}$')).toEqual({ ok: true, value: '12345678' });
    expect(validateReference('1234567', '^\\d{8}$')).toEqual({ ok: false });
  });
});

describe('validateYesNo', () => {
  it.each(['yes', 'Yeah', 'yep', 'y', 'correct', 'ok', "yes that's right", 'ie', 'ydw', 'oes', 'do', 'cywir'])('%j is yes', (t) => {
    expect(validateYesNo(t)).toEqual({ ok: true, value: 'yes' });
  });
  it.each(['no', 'nope', 'n', 'No thanks', 'na', 'nac ydw', 'nage'])('%j is no', (t) => {
    expect(validateYesNo(t)).toEqual({ ok: true, value: 'no' });
  });
  it('is neither for other text', () => {
    expect(validateYesNo('maybe later')).toEqual({ ok: false });
  });
});

describe('validateChoice', () => {
  const choices = flows.find((f) => f.id === 'missed-bin')?.slots.find((s) => s.name === 'binType')?.choices ?? [];
  it.each([['recycling', 'recycling'], ['the black bin', 'general'], ['Blue bin', 'recycling'], ['green bin', 'garden'], ['brown bin', 'food'], ['caddy', 'food'], ['2', 'recycling'], ['Gwastraff gardd (bin gwyrdd)', 'garden'], ['bin du', 'general']])('%j → %s', (t, value) => {
    expect(validateChoice(t, choices)).toEqual({ ok: true, value });
  });
  it('rejects an unknown bin, a number off the list, and two bins at once', () => {
    expect(validateChoice('purple bin', choices)).toEqual({ ok: false });
    expect(validateChoice('7', choices)).toEqual({ ok: false });
    expect(validateChoice('the black bin and the blue bin', choices)).toEqual({ ok: false });
  });
});

describe('validateHouse', () => {
  it.each([['12', '12'], ['12a', '12A'], ['flat 3', 'Flat 3'], ['house 9', '9'], ['rose cottage', 'Rose Cottage'], ['Tŷ Gwyn', 'Tŷ Gwyn'], ['number 7', '7']])('%j → %s', (t, value) => {
    expect(validateHouse(t)).toEqual({ ok: true, value });
  });
  it.each(['CF10 1AA', 'yes', '', 'what do you mean by house name?', 'I live in the big house at the end of the road near the shop'])('rejects %j', (t) => {
    expect(validateHouse(t)).toEqual({ ok: false });
  });
});
