/** The sandbox connector's demo dates stay in the future, whatever day the sandbox runs. */
import { demoData } from '../../config/content';
import { createSandboxConnector } from '../../dialogs/sandbox-connector';

async function nextInstalment(now: string, reference = '12345678', postcode = 'CF10 1AA'): Promise<string | undefined> {
  const connector = createSandboxConnector(demoData, { now: () => new Date(now) });
  return (await connector.run('council-tax-balance', { accountReference: reference, postcode })).facts?.nextInstalmentDate;
}

describe('sandbox connector', () => {
  it('gives the next instalment on or after today', async () => {
    expect(await nextInstalment('2026-03-10T12:00:00Z')).toBe('2026-04-01');
    expect(await nextInstalment('2026-04-01T08:00:00Z')).toBe('2026-04-01');
    expect(await nextInstalment('2026-03-10T12:00:00Z', '11223344', 'LL57 2AA')).toBe('2026-03-15');
  });

  it('rolls over the year in December', async () => {
    expect(await nextInstalment('2026-12-02T12:00:00Z')).toBe('2027-01-01');
  });
});
