/**
 * The local safeguarding check on messages written for this test (the measured figures come
 * from the frozen test part: npm run eval). Each kind, both languages, the shapes people write
 * in, and the idioms and accidents that must not raise an alarm.
 */
import { assessRisk } from '../../../dialogs/guardrails/risk/assess-risk';
import { canonicalRiskText } from '../../../dialogs/guardrails/risk/canonical';

describe('assessRisk', () => {
  it.each([
    ['honestly thinkin about endin it all', 'suicide'],
    ['WHATS THE POINT IN LIVING', 'suicide'],
    ['everyone would be better off without me tbh', 'suicide'],
    ['dwi isio marw', 'suicide'],
    ['mae pawb yn well hebdda i', 'suicide'],
    ['necked a whole box of co-codamol 20 mins ago', 'danger'],
    ['standing on the motorway bridge now', 'danger'],
    ['wedi llyncu y tabledi i gyd', 'danger'],
    ['been self harming again since xmas', 'self-harm'],
    ['dwi wedi bod yn torri fy hun eto', 'self-harm'],
    ['my boyfriend grabbed me by the throat and pushed me down the stairs', 'abuse'],
    ['mae fy mhartner yn fy nharo', 'abuse'],
    ['the lad next door is always left home alone and hes about 5', 'child'],
    ['mae dad yn curo fy mrawd bach', 'child'],
    ['landlord changed the locks, im sleeping in my car tonight', 'homeless'],
    ['does gen i nunlle i gysgu heno', 'homeless'],
  ])('%j is a clear %s risk', (text, kind) => {
    expect(assessRisk(text)).toMatchObject({ kind, level: 'clear' });
  });

  it.each([
    'ive been really struggling lately',
    'i would never kill myself but everything feels too much',
    'dwi ddim yn ymdopi yn dda',
  ])('%j is unclear: ask, do not assume', (text) => {
    expect(assessRisk(text)?.level).toBe('unclear');
  });

  it.each([
    'this queue is killing me',
    'my phone is dying, quick question about bin day',
    'cut myself on the bin lid, who do I tell',
    'gonna throw myself into the garden this weekend, what goes in the green bin',
    'we are in danger of the bins overflowing',
    'mam wedi marw o flinder ar ol shifft hir',
    'I could murder a pint after this',
    'ending things with my broadband provider',
    'my bin was missed again',
  ])('%j raises nothing', (text) => {
    expect(assessRisk(text)).toBeNull();
  });

  it('reads people as they type: dropped g, text-speak, accents, stretched letters', () => {
    expect(canonicalRiskText("I'm thinkin of endin it")).toBe('i am thinking of ending it');
    expect(canonicalRiskText('wanna kms rn')).toBe('want to kill myself right now');
    expect(canonicalRiskText('mae fy ngŵr yn fy nharo')).toBe('mae fy ngwr yn fy nharo');
    expect(canonicalRiskText('sooo sucidal')).toBe('soo suicidal');
    expect(canonicalRiskText("dwi'n od'd")).toBe('dwi yn overdosed');
  });

  it('names every kind it saw, most urgent first', () => {
    expect(assessRisk('he beats me and the kids and I have taken all my tablets')?.kinds).toEqual(['danger', 'child', 'abuse']);
  });
});
