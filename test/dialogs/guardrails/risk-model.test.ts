/** The naive Bayes net: features, log-odds and the likeliest kind, on a model small enough to reason about. */
import { riskFeatures, riskModelScorer, type RiskModelFile } from '../../../dialogs/guardrails/risk/risk-model';

const tiny: RiskModelFile = {
  trainedOn: ['tiny'],
  classes: ['none', 'suicide', 'danger', 'self-harm', 'abuse', 'child', 'homeless'],
  docs: [10, 5, 5, 5, 5, 5, 5],
  features: {
    'bin': [8, 0, 0, 0, 0, 0, 0],
    'tonight': [1, 1, 1, 0, 0, 0, 4],
    'nowhere': [0, 0, 0, 0, 0, 0, 5],
    'nowhere to': [0, 0, 0, 0, 0, 0, 4],
  },
};

describe('risk model', () => {
  it('reads words and word pairs, each once', () => {
    expect(riskFeatures('nowhere to go nowhere')).toEqual(['nowhere', 'p:nowhe', 'nowhere to', 'to', 'to go', 'go', 'go nowhere']);
  });

  it('weighs risky words up and ordinary ones down, and names the likeliest kind', () => {
    const score = riskModelScorer(tiny);
    const homeless = score('nowhere to sleep tonight');
    const bins = score('my bin was missed');
    expect(homeless.logOdds).toBeGreaterThan(2.5);
    expect(homeless.kind).toBe('homeless');
    expect(bins.logOdds).toBeLessThan(0);
    expect(score('words it has never seen').logOdds).toBe(0);
  });
});
