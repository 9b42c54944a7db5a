/**
 * Sandbox back-office data: fictional accounts and applications with valid-format but
 * made-up postcodes, so the whole loop can be tried with no real systems.
 */
import type { SandboxData } from '../../dialogs/types';

/** What the sandbox connector looks things up in. */
export const demoData: SandboxData = {
  councilTaxAccounts: [
    { reference: '12345678', postcode: 'CF10 1AA', balance: '£412.50', instalmentDayOfMonth: 1, nextInstalmentAmount: '£137.50' },
    { reference: '87654321', postcode: 'SA1 1AA', balance: '£0.00', instalmentDayOfMonth: 1, nextInstalmentAmount: '£0.00' },
    { reference: '11223344', postcode: 'LL57 2AA', balance: '£1,024.00', instalmentDayOfMonth: 15, nextInstalmentAmount: '£128.00' },
  ],
  applications: [
    { reference: 'BB-123456', postcode: 'CF10 1AA', kind: { en: 'Blue Badge', cy: 'Bathodyn Glas' }, status: { en: 'approved, your badge is in the post', cy: "wedi'i gymeradwyo, mae eich bathodyn yn y post" }, updated: '2026-02-20' },
    { reference: 'BB-654321', postcode: 'SA1 1AA', kind: { en: 'Blue Badge', cy: 'Bathodyn Glas' }, status: { en: 'we are checking your evidence', cy: "rydyn ni'n gwirio eich tystiolaeth" }, updated: '2026-02-27' },
  ],
  missedBin: {
    referencePrefix: 'MB-',
    collectWithinWorkingDays: 2,
    servicedAreas: ['CF', 'SA', 'LL', 'NP', 'SY', 'LD'],
    outagePostcode: 'NP20 9ZZ',
  },
};
