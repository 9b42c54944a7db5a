/**
 * A hand-made oversight report for the transparency tests: a few groups big enough to show,
 * one too small (Teams, 4 conversations), small counts inside shown cells (crisis handovers and
 * injection attempts, withheld by the server as null), and one fairness flag.
 */
import type { Cell, GroupFigures, OversightReport } from '../../bots/oversight/report-types';

const shown = <T>(value: T): Cell<T> => ({ value, suppressed: false });
const hidden: Cell<never> = { value: null, suppressed: true };

/** Figures for a group large enough to show. */
export function groupFigures(key: string, conversations: number, resolved: number, handed: number): GroupFigures {
  return {
    key,
    conversations,
    resolvedShare: shown(resolved),
    handedOverShare: shown(handed),
    abandonedShare: shown(Math.round((1 - resolved - handed) * 1000) / 1000),
    handoverReasons: shown({ requested: 27, crisis: null, unsure: 12 }),
    claimWaitP50Ms: shown(95_000),
    claimWaitP90Ms: shown(612_000),
    guardrails: shown({ 'pii:postcode': 41, 'input:injection': null }),
    modelCallsPerConversation: shown(2.35),
    tokensPerConversation: shown(1843),
    costPerConversationGbp: shown(0.0031),
    satisfactionMean: shown(4.2),
    satisfactionResponses: 37,
  };
}

/** Figures for a group too small to show anything but its size. */
export function suppressedFigures(key: string, conversations: number): GroupFigures {
  return {
    key,
    conversations,
    resolvedShare: hidden,
    handedOverShare: hidden,
    abandonedShare: hidden,
    handoverReasons: hidden,
    claimWaitP50Ms: hidden,
    claimWaitP90Ms: hidden,
    guardrails: hidden,
    modelCallsPerConversation: hidden,
    tokensPerConversation: hidden,
    costPerConversationGbp: hidden,
    satisfactionMean: hidden,
    satisfactionResponses: 2,
  };
}

/** The fixture report. */
export function fixtureReport(): OversightReport {
  const byLocale = [groupFigures('en', 412, 0.712, 0.198), groupFigures('cy', 64, 0.531, 0.344)];
  const byChannel = [groupFigures('web', 301, 0.7, 0.2), groupFigures('sms', 171, 0.66, 0.24), suppressedFigures('teams', 4)];
  return {
    generatedAt: '2026-11-30T09:00:00.000Z',
    window: { from: '2026-11-01', to: '2026-11-29' },
    minCell: 10,
    overall: groupFigures('all', 476, 0.688, 0.221),
    byChannel,
    byLocale,
    byFlow: [groupFigures('missed-bin', 180, 0.81, 0.12), groupFigures('council-tax-balance', 96, 0.64, 0.3)],
    byDay: [groupFigures('2026-11-28', 17, 0.7, 0.2), suppressedFigures('2026-11-29', 6)],
    fairness: {
      margin: 0.1,
      dimensions: [
        {
          dimension: 'locale',
          groups: byLocale,
          flags: [{ dimension: 'locale', group: 'cy', measure: 'resolvedShare', groupValue: 0.531, restValue: 0.712, difference: -0.181, groupConversations: 64, restConversations: 412 }],
        },
        { dimension: 'channel', groups: byChannel, flags: [] },
      ],
    },
    demand: {
      method: 'seasonal naive (same weekday last week)',
      baseline: 'the plain average of the last 28 days',
      topics: [
        {
          topic: 'missed-bin',
          daily: [{ date: '2026-11-28', count: 14 }, { date: '2026-11-29', count: null }],
          hourly: Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 18 ? 12 : null)),
          forecast: Array.from({ length: 7 }, (_, i) => ({ date: `2026-12-0${i + 1}`, count: 11 + i })),
          recentError: { weeks: 4, methodMae: 2.4, baselineMae: 4.9 },
        },
      ],
    },
  };
}
