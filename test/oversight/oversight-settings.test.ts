/** The oversight settings: documented defaults, and bad values refused at start-up with the rest. */
import { ConfigError, loadSettings } from '../../config/settings';

describe('oversight settings', () => {
  it('defaults to a minimum cell of 10, a 10-point margin, a 30-minute gap and gpt-4.1-mini prices in GBP', () => {
    expect(loadSettings({ NODE_ENV: 'test' }).oversight).toEqual({ minCell: 10, fairnessMargin: 0.1, episodeGapMinutes: 30, priceGbpPerMtok: { input: 0.3, output: 1.2 } });
  });

  it('reads each variable', () => {
    const env = { OVERSIGHT_MIN_CELL: '5', OVERSIGHT_FAIRNESS_MARGIN: '0.05', OVERSIGHT_EPISODE_GAP_MINUTES: '60', OPENAI_PRICE_INPUT_GBP_PER_MTOK: '2', OPENAI_PRICE_OUTPUT_GBP_PER_MTOK: '8.5' };
    expect(loadSettings(env).oversight).toEqual({ minCell: 5, fairnessMargin: 0.05, episodeGapMinutes: 60, priceGbpPerMtok: { input: 2, output: 8.5 } });
  });

  it('refuses a zero minimum cell, a margin over 1 and a price that is not a number, all in one error', () => {
    const load = () => loadSettings({ OVERSIGHT_MIN_CELL: '0', OVERSIGHT_FAIRNESS_MARGIN: '1.5', OPENAI_PRICE_INPUT_GBP_PER_MTOK: '£2' });
    expect(load).toThrow(ConfigError);
    try {
      load();
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual(['OPENAI_PRICE_INPUT_GBP_PER_MTOK', 'OVERSIGHT_FAIRNESS_MARGIN', 'OVERSIGHT_MIN_CELL']);
    }
  });
});
