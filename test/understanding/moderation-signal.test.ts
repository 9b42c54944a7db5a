/** The two mappings to safeguarding signals: moderation categories to risk kinds, and the model's concern tool. */
import type { Moderation } from 'openai/resources/moderations';
import { flows } from '../../config/content';
import { createModelTools } from '../../bots/understanding/model-tools';
import { moderationSignal, SELF_HARM_UNCLEAR_SCORE } from '../../bots/understanding/moderation';
import { moderationResponse, type ModerationCategoryName } from './fake-openai';

/** One result in the real response shape, as the fake would send it. */
const result = (flagged: ModerationCategoryName[], scores: Partial<Record<ModerationCategoryName, number>> = {}): Moderation =>
  (moderationResponse(flagged, scores).results as Moderation[])[0]!;

describe('moderation categories → risk kinds', () => {
  it.each<[string, ModerationCategoryName[], Partial<Record<ModerationCategoryName, number>>, string, number]>([
    ['self-harm/intent', ['self-harm/intent', 'self-harm'], { 'self-harm/intent': 0.87, 'self-harm': 0.95 }, 'suicide', 0.87],
    ['self-harm/instructions', ['self-harm/instructions'], { 'self-harm/instructions': 0.71 }, 'suicide', 0.71],
    ['self-harm', ['self-harm'], { 'self-harm': 0.66 }, 'self-harm', 0.66],
    ['violence', ['violence'], { violence: 0.8 }, 'abuse', 0.8],
    ['harassment/threatening', ['harassment/threatening', 'harassment'], { 'harassment/threatening': 0.75 }, 'abuse', 0.75],
    ['sexual/minors', ['sexual/minors', 'sexual'], { 'sexual/minors': 0.9 }, 'child', 0.9],
  ])('%s flagged raises a clear signal of its kind, with that category’s score', (_name, flagged, scores, kind, score) => {
    expect(moderationSignal(result(flagged, scores))).toEqual({ source: 'moderation', kind, score, level: 'clear', result: 'ok' });
  });

  it('a self-harm score at the lower threshold, though not flagged, asks instead of handing off', () => {
    expect(moderationSignal(result([], { 'self-harm': SELF_HARM_UNCLEAR_SCORE }))).toEqual({ source: 'moderation', kind: 'self-harm', score: SELF_HARM_UNCLEAR_SCORE, level: 'unclear', result: 'ok' });
    // Just below it nothing is raised, and the near miss is kept as the score.
    expect(moderationSignal(result([], { 'self-harm': 0.29 }))).toEqual({ source: 'moderation', kind: null, score: 0.29, level: 'clear', result: 'ok' });
    // Only self-harm has an unclear band: a high unflagged violence score raises nothing.
    expect(moderationSignal(result([], { violence: 0.6 })).kind).toBeNull();
  });

  it('nothing flagged, or only categories that say nothing about risk to a person, raises nothing', () => {
    expect(moderationSignal(result([]))).toEqual({ source: 'moderation', kind: null, score: 0.0001, level: 'clear', result: 'ok' });
    expect(moderationSignal(result(['hate', 'sexual', 'illicit', 'violence/graphic'])).kind).toBeNull();
  });

  it('when several are raised, the first rule wins: suicide, self-harm, child, then abuse; clear before unclear', () => {
    expect(moderationSignal(result(['violence', 'sexual/minors', 'self-harm/intent'])).kind).toBe('suicide');
    expect(moderationSignal(result(['violence', 'self-harm'])).kind).toBe('self-harm');
    expect(moderationSignal(result(['violence', 'sexual/minors'])).kind).toBe('child');
    expect(moderationSignal(result(['violence'], { 'self-harm': 0.5 }))).toMatchObject({ kind: 'abuse', level: 'clear' });
  });

  it('survives an OpenAI-compatible endpoint that leaves categories out or sends odd scores', () => {
    const partial = { categories: { violence: true }, category_scores: { violence: 7 } } as unknown as Moderation;
    expect(moderationSignal(partial)).toEqual({ source: 'moderation', kind: 'abuse', score: 1, level: 'clear', result: 'ok' });
    expect(moderationSignal({ categories: {}, category_scores: {} } as unknown as Moderation)).toMatchObject({ kind: null, score: 0 });
  });
});

describe('the raise_safeguarding_concern tool', () => {
  const tools = createModelTools(flows, 'public');

  it('is offered with every risk kind, and described for any sign that the person or a child may be at risk', () => {
    const tool = tools.tools.find((t) => t.function.name === 'raise_safeguarding_concern');
    expect(tool?.function.description).toMatch(/any sign that the person, or a child, may be at risk/i);
    expect(tool?.function.parameters).toMatchObject({
      properties: { kind: { enum: ['suicide', 'danger', 'self-harm', 'abuse', 'child', 'homeless'] } },
      required: ['kind', 'confidence', 'language'],
      additionalProperties: false,
    });
    expect(createModelTools(flows, 'staff').tools.map((t) => t.function.name)).toContain('raise_safeguarding_concern');
  });

  it('parses a concern, and refuses a kind that is not a risk kind or a missing one', () => {
    expect(tools.parse('raise_safeguarding_concern', JSON.stringify({ kind: 'homeless', confidence: 0.7, language: 'cy' }))).toEqual({
      tool: 'raise_safeguarding_concern', kind: 'concern', risk: 'homeless', confidence: 0.7, language: 'cy',
    });
    expect(tools.parse('raise_safeguarding_concern', JSON.stringify({ kind: 'fire', confidence: 0.7, language: 'en' }))).toBeUndefined();
    expect(tools.parse('raise_safeguarding_concern', JSON.stringify({ confidence: 0.7, language: 'en' }))).toBeUndefined();
  });
});
