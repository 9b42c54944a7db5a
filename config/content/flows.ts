/**
 * The routine requests the bot can complete, declared as forms. Texts are plain English
 * (reading age about 9) with Welsh beside them; Welsh needs review (see index.ts).
 */
import type { FlowDefinition } from '../../dialogs/types';
import { postcodeSlot } from './slots';

/** Report a missed bin collection. */
const missedBin: FlowDefinition = {
  id: 'missed-bin',
  title: { en: 'report a missed bin', cy: 'rhoi gwybod am fin heb ei gasglu' },
  examples: {
    en: [
      'my bin was missed', 'report a missed bin', 'my bin was not collected', 'bins didnt come again',
      'the bin men didnt take my rubbish', 'you forgot my recycling', 'missed collection', 'nobody emptied my bin',
      'my black bin is still full they never came', 'garden waste not picked up', 'food caddy not emptied',
      'bin wasnt collected today',
    ],
    cy: [
      'chafodd fy min ddim ei gasglu', 'bin heb ei gasglu', 'dyw fy min ddim wedi cael ei gasglu', 'casgliad wedi ei fethu',
      'wnaethon nhw ddim casglu fy ailgylchu', 'mae fy min dal yn llawn', 'ni chasglwyd y bin', 'rhoi gwybod am fin heb ei gasglu',
      'anghofio casglu fy sbwriel',
    ],
  },
  slots: [
    postcodeSlot,
    {
      name: 'house',
      type: 'house',
      aliases: { en: ['house number', 'house name', 'house', 'door number', 'address'], cy: ['rhif y tŷ', 'rhif y ty', 'enw’r tŷ', 'tŷ', 'cyfeiriad'] },
      prompt: { en: 'What is your house number or name?', cy: "Beth yw rhif neu enw eich tŷ?" },
      invalid: { en: 'Please tell me just the house number or name, like 12 or Rose Cottage.', cy: 'Rhowch rif neu enw’r tŷ yn unig, fel 12 neu Bwthyn y Rhosyn.' },
      label: { en: 'House', cy: 'Tŷ' },
    },
    {
      name: 'binType',
      type: 'choice',
      aliases: { en: ['bin', 'bin type', 'type of bin', 'which bin'], cy: ['bin', 'math o fin', 'pa fin'] },
      prompt: { en: 'Which bin was missed?', cy: 'Pa fin gafodd ei fethu?' },
      invalid: { en: 'Please pick one of the bins from the list.', cy: 'Dewiswch un o’r biniau o’r rhestr.' },
      choices: [
        { value: 'general', label: { en: 'General waste (black bin)', cy: 'Gwastraff cyffredinol (bin du)' }, synonyms: ['general waste', 'general', 'black bin', 'black', 'grey bin', 'rubbish', 'bin du', 'sbwriel', 'gwastraff cyffredinol'] },
        { value: 'recycling', label: { en: 'Recycling (blue bin)', cy: 'Ailgylchu (bin glas)' }, synonyms: ['recycling', 'blue bin', 'blue', 'blue bag', 'recycle', 'ailgylchu', 'bin glas', 'glas'] },
        { value: 'garden', label: { en: 'Garden waste (green bin)', cy: 'Gwastraff gardd (bin gwyrdd)' }, synonyms: ['garden waste', 'garden', 'green bin', 'green', 'grass', 'gardd', 'bin gwyrdd', 'gwyrdd'] },
        { value: 'food', label: { en: 'Food waste (brown caddy)', cy: 'Gwastraff bwyd (cadi brown)' }, synonyms: ['food waste', 'food', 'brown bin', 'brown', 'caddy', 'food caddy', 'bwyd', 'cadi', 'cadi bwyd', 'bin brown'] },
      ],
      label: { en: 'Bin', cy: 'Bin' },
    },
    {
      name: 'collectionDate',
      type: 'date',
      aliases: { en: ['date', 'day', 'collection date', 'collection day'], cy: ['dyddiad', 'diwrnod', 'diwrnod casglu'] },
      prompt: { en: 'Which day should it have been collected? You can say "yesterday", "Tuesday" or a date like 3/3/2026.', cy: 'Ar ba ddiwrnod dylai fod wedi cael ei gasglu? Gallwch ddweud "ddoe", "dydd Mawrth" neu ddyddiad fel 3/3/2026.' },
      invalid: { en: 'Please give a day in the last 14 days, not in the future. For example "yesterday" or "Monday".', cy: 'Rhowch ddiwrnod yn y 14 diwrnod diwethaf, nid yn y dyfodol. Er enghraifft "ddoe" neu "dydd Llun".' },
      dateRange: { pastDays: 14, futureDays: 0 },
      label: { en: 'Collection day', cy: 'Diwrnod casglu' },
    },
  ],
  confirm: { en: 'Is this right?', cy: "Ydy hyn yn gywir?" },
  results: {
    ok: { en: "We've logged it. Your reference is {reference}. We will collect by {collectBy}.", cy: "Rydyn ni wedi cofnodi hyn. Eich cyfeirnod yw {reference}. Byddwn ni'n casglu erbyn {collectBy}." },
    'not-found': { en: "Sorry, I can't find that address in our area. Please check the postcode, or ask for a person.", cy: "Mae'n ddrwg gen i, alla i ddim dod o hyd i'r cyfeiriad hwnnw yn ein hardal ni. Gwiriwch y cod post, neu gofynnwch am berson." },
    'identity-mismatch': { en: "Sorry, those details don't match our records. Would you like to talk to a person?", cy: "Mae'n ddrwg gen i, dydy'r manylion ddim yn cyfateb i'n cofnodion. Hoffech chi siarad â pherson?" },
    unavailable: { en: "Sorry, I can't log this right now.", cy: "Mae'n ddrwg gen i, alla i ddim cofnodi hyn ar hyn o bryd." },
  },
  audiences: ['public'],
};

/** Council tax balance, after an identity check (account reference + postcode). */
const councilTaxBalance: FlowDefinition = {
  id: 'council-tax-balance',
  title: { en: 'check your council tax balance', cy: 'gwirio balans eich treth gyngor' },
  examples: {
    en: [
      'what is my council tax balance', 'how much council tax do i owe', 'wot do i owe on council tax', 'council tax balance',
      'how much is left to pay on my council tax', 'check my council tax account', 'whats my next council tax payment',
      'do i owe council tax', 'council tax how much', 'when is my next instalment',
    ],
    cy: [
      'faint sydd arnaf i ar dreth y cyngor', 'balans treth y cyngor', 'faint o dreth gyngor sydd arna i', 'gwirio fy nghyfrif treth gyngor',
      'pryd mae fy nhaliad nesaf', 'faint sydd ar ôl i dalu', 'treth gyngor faint', 'oes arna i dreth gyngor',
    ],
  },
  slots: [
    {
      name: 'accountReference',
      type: 'reference',
      pattern: '^\\d{8}$',
      aliases: { en: ['account number', 'account reference', 'reference', 'ref', 'account'], cy: ['rhif cyfrif', 'cyfeirnod', 'cyfrif'] },
      prompt: { en: 'What is your council tax account number? It is 8 numbers, at the top of your bill.', cy: "Beth yw rhif eich cyfrif treth gyngor? Mae'n 8 rhif, ar frig eich bil." },
      invalid: { en: 'Your account number is 8 numbers, like 12345678. You can find it at the top of your bill.', cy: "Mae rhif eich cyfrif yn 8 rhif, fel 12345678. Mae ar frig eich bil." },
      label: { en: 'Account number', cy: 'Rhif cyfrif' },
    },
    postcodeSlot,
  ],
  confirm: { en: 'I will check this account. Is this right?', cy: "Fe wna i wirio'r cyfrif hwn. Ydy hyn yn gywir?" },
  results: {
    ok: { en: 'Your balance is {balance}. Your next payment is {nextInstalmentAmount} on {nextInstalmentDate}.', cy: 'Eich balans yw {balance}. Mae eich taliad nesaf o {nextInstalmentAmount} ar {nextInstalmentDate}.' },
    'not-found': { en: "Sorry, I can't find that account number. Please check your bill, or ask for a person.", cy: "Mae'n ddrwg gen i, alla i ddim dod o hyd i'r rhif cyfrif hwnnw. Gwiriwch eich bil, neu gofynnwch am berson." },
    'identity-mismatch': { en: "Sorry, those details don't match our records, so I can't show the balance. This can happen if you have moved. Would you like to talk to a person?", cy: "Mae'n ddrwg gen i, dydy'r manylion ddim yn cyfateb i'n cofnodion, felly alla i ddim dangos y balans. Gall hyn ddigwydd os ydych chi wedi symud. Hoffech chi siarad â pherson?" },
    unavailable: { en: "Sorry, I can't check council tax right now.", cy: "Mae'n ddrwg gen i, alla i ddim gwirio treth y cyngor ar hyn o bryd." },
  },
  audiences: ['public'],
};

/** Status of a Blue Badge (or other) application. */
const applicationStatus: FlowDefinition = {
  id: 'application-status',
  title: { en: 'check an application', cy: 'gwirio cais' },
  examples: {
    en: [
      'check my blue badge application', 'where is my blue badge', 'application status', 'has my blue badge been approved',
      'any news on my blue badge', 'whats happening with my application', 'blue badge still not here', 'track my application',
      'is my badge ready yet',
    ],
    cy: [
      'gwirio fy nghais am fathodyn glas', 'ble mae fy mathodyn glas', 'statws cais', 'ydy fy mathodyn glas wedi ei gymeradwyo',
      'unrhyw newyddion am fy nghais', 'beth sy’n digwydd gyda fy nghais', 'bathodyn glas heb gyrraedd', 'dilyn fy nghais',
    ],
  },
  slots: [
    {
      name: 'applicationReference',
      type: 'reference',
      pattern: '^BB-\\d{6}$',
      aliases: { en: ['application reference', 'application number', 'reference', 'ref'], cy: ['cyfeirnod y cais', 'cyfeirnod', 'rhif y cais'] },
      prompt: { en: 'What is your application reference? It starts with BB, like BB-123456.', cy: "Beth yw cyfeirnod eich cais? Mae'n dechrau gyda BB, fel BB-123456." },
      invalid: { en: 'The reference is BB and 6 numbers, like BB-123456. It is on your email or letter.', cy: "Mae'r cyfeirnod yn BB a 6 rhif, fel BB-123456. Mae ar eich e-bost neu eich llythyr." },
      label: { en: 'Reference', cy: 'Cyfeirnod' },
    },
    postcodeSlot,
  ],
  confirm: { en: 'I will look up this application. Is this right?', cy: "Fe wna i chwilio am y cais hwn. Ydy hyn yn gywir?" },
  results: {
    ok: { en: 'Your {kind} application: {status} (updated {date}).', cy: 'Eich cais am {kind}: {status} (diweddarwyd {date}).' },
    'not-found': { en: "Sorry, I can't find an application with that reference. Please check your letter, or ask for a person.", cy: "Mae'n ddrwg gen i, alla i ddim dod o hyd i gais gyda'r cyfeirnod hwnnw. Gwiriwch eich llythyr, neu gofynnwch am berson." },
    'identity-mismatch': { en: "Sorry, those details don't match our records. Would you like to talk to a person?", cy: "Mae'n ddrwg gen i, dydy'r manylion ddim yn cyfateb i'n cofnodion. Hoffech chi siarad â pherson?" },
    unavailable: { en: "Sorry, I can't check applications right now.", cy: "Mae'n ddrwg gen i, alla i ddim gwirio ceisiadau ar hyn o bryd." },
  },
  // Staff field officers check badges for citizens too.
  audiences: ['public', 'staff'],
};

/** All routine-request flows. */
export const flows: FlowDefinition[] = [missedBin, councilTaxBalance, applicationStatus];
