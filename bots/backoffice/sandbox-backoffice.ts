/**
 * The sandbox's council systems: the back-office contract answered in-process over the demo
 * data, handed to the real client as its `fetch`. So the sandbox and production run one code
 * path (client, contract checks, breaker, connector), and only where the answers come from differs.
 */
import { createSandboxConnector } from '../../dialogs/sandbox-connector';
import type { SandboxData } from '../../dialogs/types';
import { validatePostcode } from '../../dialogs/validators';

/** The base URL the sandbox client is given; nothing is ever sent to it over a network. */
export const SANDBOX_BACKOFFICE_URL = 'http://sandbox-backoffice.invalid/v1';

/** How the demo data's application statuses read as the contract's codes. */
const DEMO_STATUS_CODES: Record<string, string> = {
  'approved, your badge is in the post': 'sent',
  'we are checking your evidence': 'in-review',
};

const json = (status: number, body?: unknown): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const samePostcode = (a: string, b: string): boolean => {
  const pa = validatePostcode(a);
  const pb = validatePostcode(b);
  return pa.ok && pb.ok && pa.value === pb.value;
};

/** "£1,024.00" as the contract writes money: "1024.00". */
const decimal = (shown: string): string => shown.replace(/[£,\s]/g, '');

/** A `fetch` that answers the back-office contract from `data`. */
export function sandboxBackOfficeFetch(data: SandboxData, now: () => Date = () => new Date()): typeof fetch {
  // The demo rules (serviced areas, the outage postcode, repeatable references) live in one place.
  const demo = createSandboxConnector(data, { now });
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const path = url.pathname.replace(/^\/v1/, '');
    const postcode = url.searchParams.get('postcode') ?? '';
    if (init?.method === 'POST' && path === '/missed-collections') {
      const report = JSON.parse(String(init.body ?? '{}')) as Record<string, string>;
      const result = await demo.run('missed-bin', report);
      if (result.status === 'ok') return json(201, { reference: result.facts?.reference, collectBy: result.facts?.collectBy });
      return json(result.status === 'unavailable' ? 503 : 422);
    }
    const account = /^\/council-tax\/accounts\/([^/]+)$/.exec(path);
    if (account) {
      const found = data.councilTaxAccounts.find((a) => a.reference === decodeURIComponent(account[1] ?? '') && samePostcode(a.postcode, postcode));
      if (!found) return json(404);
      const result = await demo.run('council-tax-balance', { accountReference: found.reference, postcode });
      return json(200, { balance: decimal(found.balance), currency: 'GBP', nextPaymentDue: result.facts?.nextInstalmentDate, nextPaymentAmount: decimal(found.nextInstalmentAmount) });
    }
    const application = /^\/applications\/([^/]+)$/.exec(path);
    if (application) {
      const found = data.applications.find((a) => a.reference === decodeURIComponent(application[1] ?? '') && samePostcode(a.postcode, postcode));
      if (!found) return json(404);
      return json(200, { type: 'blue-badge', status: DEMO_STATUS_CODES[found.status.en] ?? 'received', updatedAt: found.updated });
    }
    return json(404);
  };
}
