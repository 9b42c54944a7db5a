/**
 * The ServiceConnector over the back-office contract: a confirmed form becomes one contract
 * call, and the answer becomes the facts the result text shows. A 404/422 is "those details do
 * not match" or "not an address we collect from"; anything else that is not a contract answer
 * is "unavailable", which the engine turns into an honest reply and a handoff. Each call is
 * reported (operation, outcome, duration) for the audit and /metrics; no personal data.
 */
import { createHash } from 'node:crypto';
import { applicationStatuses, applicationTypes } from '../../config/content/backoffice-labels';
import type { BackOfficeCall, ConnectorContext, ConnectorResult, ServiceConnector } from '../../dialogs/types';
import type { BackOfficeClient, CallOutcome } from './backoffice-client';

/** Watches each call (for /metrics). */
export type BackOfficeObserver = (call: BackOfficeCall) => void;

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const money = (amount: string): string => pounds.format(Number(amount));

/**
 * The Idempotency-Key for a report: the same conversation submitting the same form gives the
 * same key (so a retried turn is one report), and the key reveals nothing of what was typed.
 */
export function idempotencyKey(flowId: string, slots: Record<string, string>, context: ConnectorContext = {}): string {
  const canonical = JSON.stringify(Object.keys(slots).sort().map((name) => [name, slots[name]]));
  return createHash('sha256').update(`${context.conversationId ?? 'no-conversation'}|${flowId}|${canonical}`).digest('hex').slice(0, 48);
}

/** Creates the connector over a back-office client. */
export function createBackOfficeConnector(client: BackOfficeClient, options: { observe?: BackOfficeObserver; now?: () => number } = {}): ServiceConnector {
  const now = options.now ?? (() => performance.now());

  /** Runs one call, reports it, and maps its outcome to the form's result. */
  const timed = async <T>(operation: string, run: () => Promise<CallOutcome<T>>, onOk: (body: T) => ConnectorResult, noMatch: ConnectorResult['status']): Promise<ConnectorResult> => {
    const started = now();
    const outcome = await run();
    const call: BackOfficeCall = { operation, outcome: outcome.kind === 'unavailable' ? outcome.reason : outcome.kind, ms: Math.round(now() - started) };
    options.observe?.(call);
    if (outcome.kind === 'ok') return { ...onOk(outcome.body), call };
    if (outcome.kind === 'no-match') return { status: noMatch, call };
    return { status: 'unavailable', call };
  };

  return {
    async run(flowId, slots, context) {
      const postcode = slots.postcode ?? '';
      switch (flowId) {
        case 'missed-bin':
          return timed(
            'report-missed-collection',
            () => client.reportMissedCollection({ postcode, house: slots.house ?? '', binType: slots.binType ?? '', collectionDate: slots.collectionDate ?? '' }, idempotencyKey(flowId, slots, context)),
            (body) => ({ status: 'ok', facts: { reference: body.reference, collectBy: body.collectBy } }),
            'not-found',
          );
        case 'council-tax-balance':
          return timed(
            'get-council-tax-account',
            () => client.councilTaxAccount(slots.accountReference ?? '', postcode),
            (body) => ({ status: 'ok', facts: { balance: money(body.balance), nextInstalmentAmount: money(body.nextPaymentAmount), nextInstalmentDate: body.nextPaymentDue } }),
            'identity-mismatch',
          );
        case 'application-status':
          return timed(
            'get-application',
            () => client.application(slots.applicationReference ?? '', postcode),
            (body) => {
              const kind = applicationTypes[body.type];
              const status = applicationStatuses[body.status];
              // The contract's enums are checked by the client, so both labels exist.
              return { status: 'ok', facts: { kind: kind?.en ?? '', kind_cy: kind?.cy ?? '', status: status?.en ?? '', status_cy: status?.cy ?? '', date: body.updatedAt } };
            },
            'identity-mismatch',
          );
        default:
          // A flow with no back-office operation: nothing to call, and nothing may be invented.
          return { status: 'unavailable' };
      }
    },
  };
}
