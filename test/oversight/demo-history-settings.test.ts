/** DEMO_HISTORY_WEEKS: on by default only in the sandbox, never in production or with MongoDB. */
import { ConfigError, loadSettings } from '../../config/settings';
import { EVALUATION_PRODUCTION_ENV } from '../support/production-env';

const MONGO = 'mongodb://127.0.0.1:27017/switchboard';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.problem}`);
    throw error;
  }
  return [];
}

describe('DEMO_HISTORY_WEEKS', () => {
  it('defaults to 8 weeks in development on the embedded store, and to none anywhere else', () => {
    expect(loadSettings({}).demoHistoryWeeks).toBe(8);
    expect(loadSettings({ NODE_ENV: 'test' }).demoHistoryWeeks).toBe(0);
    expect(loadSettings(EVALUATION_PRODUCTION_ENV).demoHistoryWeeks).toBe(0);
    expect(loadSettings({ MONGODB_URI: MONGO }).demoHistoryWeeks).toBe(0);
  });

  it('reads a number of weeks, and 0 turns it off', () => {
    expect(loadSettings({ DEMO_HISTORY_WEEKS: '3' }).demoHistoryWeeks).toBe(3);
    expect(loadSettings({ DEMO_HISTORY_WEEKS: '0' }).demoHistoryWeeks).toBe(0);
    expect(loadSettings({ ...EVALUATION_PRODUCTION_ENV, DEMO_HISTORY_WEEKS: '0' }).demoHistoryWeeks).toBe(0);
    expect(problemsOf({ DEMO_HISTORY_WEEKS: 'eight' })).toEqual(['DEMO_HISTORY_WEEKS: must be a whole number from 0 to 52']);
    expect(problemsOf({ DEMO_HISTORY_WEEKS: '53' })).toEqual(['DEMO_HISTORY_WEEKS: must be a whole number from 0 to 52']);
  });

  it('is refused in production and with MongoDB, so invented records never mix with real ones', () => {
    expect(problemsOf({ ...EVALUATION_PRODUCTION_ENV, DEMO_HISTORY_WEEKS: '8' })).toEqual([expect.stringMatching(/^DEMO_HISTORY_WEEKS: must be 0 in production/)]);
    expect(problemsOf({ MONGODB_URI: MONGO, DEMO_HISTORY_WEEKS: '2' })).toEqual([expect.stringMatching(/^DEMO_HISTORY_WEEKS: .*MONGODB_URI/)]);
  });
});
