/**
 * A ServiceConnector over fictional back-office data, so the sandbox and the tests can run
 * every flow end to end. Deterministic: the same report gives the same reference.
 */
import { addDays, isoFrom, londonToday, weekday } from './dates';
import type { ConnectorResult, SandboxData, ServiceConnector } from './types';
import { validatePostcode } from './validators';

/** Options for the sandbox connector. */
export interface SandboxConnectorOptions {
  /** The clock for "collect by" dates; a port so tests can fix it. */
  now?: () => Date;
}

/** FNV-1a: a small stable hash, so references are repeatable without randomness. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The date `n` working days (Monday to Friday) after `iso`. */
function addWorkingDays(iso: string, n: number): string {
  let d = iso;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (weekday(d) !== 0 && weekday(d) !== 6) left--;
  }
  return d;
}

/** The next date on or after `today` that falls on `day` of its month, so demo dates never go stale. */
function nextDayOfMonth(today: string, day: number): string {
  const [year, month, date] = today.split('-').map(Number) as [number, number, number];
  const thisMonth = isoFrom(year, month, day);
  if (thisMonth && date <= day) return thisMonth;
  return month === 12 ? (isoFrom(year + 1, 1, day) ?? today) : (isoFrom(year, month + 1, day) ?? today);
}

const samePostcode = (a: string, b: string): boolean => {
  const pa = validatePostcode(a);
  const pb = validatePostcode(b);
  return pa.ok && pb.ok && pa.value === pb.value;
};

/** Builds the sandbox connector over the given demo data. */
export function createSandboxConnector(data: SandboxData, options: SandboxConnectorOptions = {}): ServiceConnector {
  const now = options.now ?? ((): Date => new Date());
  return {
    async run(flowId, slots): Promise<ConnectorResult> {
      switch (flowId) {
        case 'missed-bin': {
          const postcode = slots.postcode ?? '';
          if (data.missedBin.outagePostcode !== undefined && samePostcode(postcode, data.missedBin.outagePostcode)) return { status: 'unavailable' };
          const area = /^[A-Z]+/.exec(postcode.toUpperCase())?.[0] ?? '';
          if (!data.missedBin.servicedAreas.includes(area)) return { status: 'not-found' };
          const digits = String(hash(`${postcode}|${slots.house}|${slots.binType}|${slots.collectionDate}`) % 1_000_000).padStart(6, '0');
          return {
            status: 'ok',
            facts: { reference: `${data.missedBin.referencePrefix}${digits}`, collectBy: addWorkingDays(londonToday(now()), data.missedBin.collectWithinWorkingDays) },
          };
        }
        case 'council-tax-balance': {
          const account = data.councilTaxAccounts.find((a) => a.reference === slots.accountReference);
          if (!account) return { status: 'not-found' };
          if (!samePostcode(account.postcode, slots.postcode ?? '')) return { status: 'identity-mismatch' };
          return { status: 'ok', facts: { balance: account.balance, nextInstalmentDate: nextDayOfMonth(londonToday(now()), account.instalmentDayOfMonth), nextInstalmentAmount: account.nextInstalmentAmount } };
        }
        case 'application-status': {
          const app = data.applications.find((a) => a.reference === slots.applicationReference);
          if (!app) return { status: 'not-found' };
          if (!samePostcode(app.postcode, slots.postcode ?? '')) return { status: 'identity-mismatch' };
          return { status: 'ok', facts: { kind: app.kind.en, kind_cy: app.kind.cy, status: app.status.en, status_cy: app.status.cy, date: app.updated } };
        }
        default:
          return { status: 'not-found' };
      }
    },
  };
}
