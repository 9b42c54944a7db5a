/**
 * Builds the oversight report (issue 9) for a window of London days: reads the audit events
 * (decisions, ownership changes, feedback) from the store, rebuilds episodes, and works out
 * the figures, fairness and demand. Reads no transcript and no address: only audit data and,
 * for audits older than the channel-carrying decision, a conversation's channel and language.
 */
import type { ChannelName, Locale } from '../../channels/types';
import type { OversightSettings } from '../../config/settings';
import type { AuditDoc, ConversationDoc } from '../store/documents';
import type { Store } from '../store/port';
import { addDays, demandReport, londonDateHour } from './demand';
import { buildEpisodes, EPISODE_AUDIT_KINDS } from './episodes';
import { fairnessReport } from './fairness';
import { figuresBy, groupFigures } from './figures';
import type { Episode, OversightReport } from './report-types';

/** A window of whole London days, both ends included (YYYY-MM-DD). */
export interface OversightWindow {
  from: string;
  to: string;
}

/** What the report needs. */
export interface OversightDeps {
  store: Store;
  clock: () => Date;
  settings: OversightSettings;
}

const DAY_MS = 86_400_000;
/** Days of history the demand forecast looks at, whatever window the figures cover. */
const DEMAND_DAYS = 56;

/** The instant a London day begins (the clocks change at 01:00 UTC, after midnight either way). */
export function londonDayStart(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  return new Date(utcMidnight - londonDateHour(new Date(utcMidnight)).hour * 3_600_000);
}

/** The default window: the 28 London days up to and including today. */
export function defaultWindow(now: Date): OversightWindow {
  const today = londonDateHour(now).date;
  return { from: addDays(today, -27), to: today };
}

/** Every London date from `from` to `to`, both included. */
function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** Channel and language of conversations whose audits do not carry them (written before they did). */
async function fallbackFor(store: Store, audits: readonly AuditDoc[]): Promise<Map<string, { channel: ChannelName; locale: Locale }>> {
  const missing = [...new Set(audits.filter((a) => a.kind === 'decision' && a.data.channel === undefined).map((a) => a.conversationId))];
  const fallback = new Map<string, { channel: ChannelName; locale: Locale }>();
  if (missing.length === 0) return fallback;
  const conversations = await store.collection<ConversationDoc>('conversations').find({ _id: { $in: missing } });
  for (const c of conversations) fallback.set(c._id, { channel: c.channel, locale: c.locale });
  return fallback;
}

/** Loads the episodes that may fall in [from, to) together with the demand history. */
async function loadEpisodes(deps: OversightDeps, from: Date, to: Date, now: Date): Promise<Episode[]> {
  const gapMs = deps.settings.episodeGapMinutes * 60_000;
  // An episode that began just before the window must be read whole, or its later turns would
  // look like a fresh episode; a day (or two gaps) of lead-in covers all but the longest chats.
  const leadIn = Math.max(DAY_MS, 2 * gapMs);
  const demandFrom = londonDayStart(addDays(londonDateHour(now).date, -DEMAND_DAYS));
  const since = new Date(Math.min(from.getTime(), demandFrom.getTime()) - leadIn);
  const until = new Date(Math.max(to.getTime(), now.getTime()));
  const audits = await deps.store.collection<AuditDoc>('audit').find({ kind: { $in: [...EPISODE_AUDIT_KINDS] }, at: { $gte: since, $lt: until } }, { sort: { at: 1 } });
  return buildEpisodes(audits, { gapMs, fallback: await fallbackFor(deps.store, audits) });
}

/** The whole oversight report for a window of London days. */
export async function oversightReport(deps: OversightDeps, window: OversightWindow): Promise<OversightReport> {
  const now = deps.clock();
  const from = londonDayStart(window.from);
  const to = londonDayStart(addDays(window.to, 1));
  const all = await loadEpisodes(deps, from, to, now);
  const inWindow = all.filter((e) => e.start >= from && e.start < to);
  const { minCell, fairnessMargin, priceGbpPerMtok } = deps.settings;
  const options = { minCell, priceGbpPerMtok };
  const fairness = fairnessReport(inWindow, { ...options, margin: fairnessMargin });
  const dimension = (name: 'locale' | 'channel') => fairness.dimensions.find((d) => d.dimension === name)?.groups ?? [];
  return {
    generatedAt: now.toISOString(),
    window: { from: window.from, to: window.to },
    minCell,
    overall: groupFigures('all', inWindow, options),
    byChannel: dimension('channel'),
    byLocale: dimension('locale'),
    byFlow: figuresBy(inWindow, (e) => e.topic, options),
    byDay: figuresBy(inWindow, (e) => londonDateHour(e.start).date, options, datesBetween(window.from, window.to)),
    fairness,
    // Demand looks at the eight weeks before today whatever the window, since a forecast is about what comes next.
    demand: demandReport(all, now, { minCell }),
  };
}
