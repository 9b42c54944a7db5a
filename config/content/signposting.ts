/**
 * Where to get help now, for each kind of risk, in English and Welsh. Every number lives in
 * `helplines` below with where and when it was checked, so a change is made (and re-checked)
 * in one place. The council's own lines are the sandbox's made-up numbers from Ofcom's
 * drama range: a council sets its own before go-live (docs/safeguarding.md).
 */
import type { Localised, RiskKind } from '../../dialogs/types';

/** A phone line we send people to, and the evidence that the number is right. */
export interface Helpline {
  name: Localised;
  number: string;
  /** Where the number was checked: the publisher's own page. */
  source: string;
  /** When it was last checked (ISO date). Re-check every three months. */
  checkedOn: string;
  /** True for the sandbox's made-up council numbers, which must be replaced before go-live. */
  demo?: boolean;
}

/** Every line the signposting names. */
export const helplines = {
  emergency: { name: { en: 'Emergency services', cy: 'Gwasanaethau brys' }, number: '999', source: 'https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers', checkedOn: '2026-12-04' },
  samaritans: { name: { en: 'Samaritans', cy: 'Samariaid' }, number: '116 123', source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checkedOn: '2026-12-04' },
  samaritansWelsh: { name: { en: 'Samaritans Welsh-language line', cy: 'Llinell Gymraeg y Samariaid' }, number: '0808 164 0123', source: 'https://www.samaritans.org/wales/how-we-can-help/contact-samaritan/talk-us-phone/', checkedOn: '2026-12-04' },
  nhs111: { name: { en: 'NHS 111', cy: 'GIG 111' }, number: '111', source: 'https://111.wales.nhs.uk/', checkedOn: '2026-12-04' },
  domesticAbuse: { name: { en: 'National Domestic Abuse Helpline', cy: 'Llinell Gymorth Genedlaethol Cam-drin Domestig' }, number: '0808 2000 247', source: 'https://www.nationaldahelpline.org.uk/', checkedOn: '2026-12-04' },
  liveFearFree: { name: { en: 'Live Fear Free (Wales)', cy: 'Byw Heb Ofn (Cymru)' }, number: '0808 80 10 800', source: 'https://www.gov.wales/live-fear-free', checkedOn: '2026-12-04' },
  nspcc: { name: { en: 'NSPCC', cy: 'NSPCC' }, number: '0808 800 5000', source: 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/', checkedOn: '2026-12-04' },
  childrensServices: { name: { en: "the council's children's services", cy: 'gwasanaethau plant y cyngor' }, number: '0808 157 0200', source: 'sandbox: replace with the council’s own line', checkedOn: '2026-12-04', demo: true },
  outOfHoursHousing: { name: { en: "the council's out-of-hours housing line", cy: 'llinell dai tu allan i oriau’r cyngor' }, number: '0808 157 0100', source: 'sandbox: replace with the council’s own line', checkedOn: '2026-12-04', demo: true },
} satisfies Record<string, Helpline>;

const n = (line: keyof typeof helplines): string => helplines[line].number;

/** The last line of every signposting message: a person is on the way, whatever the model says. */
const PERSON: Localised = {
  en: 'I am also passing you to a person at the council now.',
  cy: "Rwyf hefyd yn eich trosglwyddo i berson yn y cyngor nawr.",
};

/** The last line when people already have the conversation (in the queue, or an agent is helping). */
const TEAM: Localised = {
  en: 'I have told the team this is urgent. They can see your messages here.',
  cy: "Rwyf wedi dweud wrth y tîm bod hyn yn frys. Maen nhw'n gallu gweld eich negeseuon yma.",
};

const lines = (en: string[], cy: string[]): Localised => ({ en: en.join('\n'), cy: cy.join('\n') });

/** Where to get help now, for each kind of risk: the most urgent step first, plain words, free numbers. */
const helpNow: Record<RiskKind, Localised> = {
  suicide: lines(
    [
      "I'm so sorry you feel like this. You don't have to deal with it alone.",
      `- If you might act on these thoughts now, call ${n('emergency')}.`,
      `- Samaritans: call ${n('samaritans')}. It is free, day or night.`,
    ],
    [
      "Mae'n wir ddrwg gen i eich bod chi'n teimlo fel hyn. Does dim rhaid i chi ddelio â hyn ar eich pen eich hun.",
      `- Os ydych chi'n meddwl y gallech chi weithredu ar y meddyliau hyn nawr, ffoniwch ${n('emergency')}.`,
      `- Samariaid: ffoniwch ${n('samaritans')}. Mae am ddim, ddydd a nos.`,
      `- Llinell Gymraeg y Samariaid: ${n('samaritansWelsh')} (bob nos, 7pm tan 11pm).`,
    ],
  ),
  danger: lines(
    [
      `Please call ${n('emergency')} now, or ask someone near you to call.`,
      '- If you have taken something, tell them what it was and how much.',
      `- When you are safe, Samaritans are there to talk on ${n('samaritans')}, free, day or night.`,
    ],
    [
      `Ffoniwch ${n('emergency')} nawr, neu gofynnwch i rywun yn agos atoch chi ffonio.`,
      "- Os ydych chi wedi cymryd rhywbeth, dywedwch wrthyn nhw beth oedd e a faint.",
      `- Pan fyddwch chi'n ddiogel, mae'r Samariaid yno i siarad ar ${n('samaritans')}, am ddim, ddydd a nos. Yn Gymraeg: ${n('samaritansWelsh')} (7pm tan 11pm).`,
    ],
  ),
  'self-harm': lines(
    [
      "I'm sorry you're hurting. You don't have to go through this alone.",
      `- If you are badly hurt, call ${n('emergency')}. For a wound that needs care, call NHS ${n('nhs111')}.`,
      `- Samaritans: call ${n('samaritans')}. It is free, day or night.`,
    ],
    [
      "Mae'n ddrwg gen i eich bod chi'n brifo. Does dim rhaid i chi fynd drwy hyn ar eich pen eich hun.",
      `- Os ydych chi wedi cael anaf drwg, ffoniwch ${n('emergency')}. Am anaf sydd angen gofal, ffoniwch GIG ${n('nhs111')}.`,
      `- Samariaid: ffoniwch ${n('samaritans')}, am ddim, ddydd a nos. Yn Gymraeg: ${n('samaritansWelsh')} (7pm tan 11pm).`,
    ],
  ),
  abuse: lines(
    [
      "I'm sorry this is happening. It is not your fault.",
      `- If you are in danger now, call ${n('emergency')}. If you can't talk, call ${n('emergency')} and press 55 when asked.`,
      `- National Domestic Abuse Helpline: ${n('domesticAbuse')}. Free, day or night.`,
      `- In Wales, Live Fear Free: ${n('liveFearFree')}. Free, day or night.`,
    ],
    [
      "Mae'n ddrwg gen i fod hyn yn digwydd. Nid eich bai chi yw e.",
      `- Os ydych chi mewn perygl nawr, ffoniwch ${n('emergency')}. Os na allwch chi siarad, ffoniwch ${n('emergency')} a phwyso 55 pan fydd yn gofyn.`,
      `- Byw Heb Ofn: ${n('liveFearFree')}. Am ddim, ddydd a nos.`,
      `- Llinell Gymorth Genedlaethol Cam-drin Domestig: ${n('domesticAbuse')}. Am ddim, ddydd a nos.`,
    ],
  ),
  child: lines(
    [
      'Thank you for telling us. Keeping children safe comes first.',
      `- If a child is in danger now, call ${n('emergency')}.`,
      `- NSPCC: ${n('nspcc')}, free.`,
      `- Our children's services: ${n('childrensServices')}.`,
    ],
    [
      "Diolch am ddweud wrthon ni. Cadw plant yn ddiogel sy'n dod gyntaf.",
      `- Os yw plentyn mewn perygl nawr, ffoniwch ${n('emergency')}.`,
      `- NSPCC: ${n('nspcc')}, am ddim.`,
      `- Ein gwasanaethau plant: ${n('childrensServices')}.`,
    ],
  ),
  homeless: lines(
    [
      "I'm sorry you're in this situation. We can help you find somewhere to stay tonight.",
      `- Call our out-of-hours housing line: ${n('outOfHoursHousing')}. It is there all night.`,
      `- If you are in danger, call ${n('emergency')}.`,
    ],
    [
      "Mae'n ddrwg gen i eich bod chi yn y sefyllfa hon. Gallwn ni eich helpu i ddod o hyd i rywle i aros heno.",
      `- Ffoniwch ein llinell dai tu allan i oriau: ${n('outOfHoursHousing')}. Mae ar agor drwy'r nos.`,
      `- Os ydych chi mewn perygl, ffoniwch ${n('emergency')}.`,
    ],
  ),
};

const ending = (last: Localised) => (kind: RiskKind): Localised => ({ en: `${helpNow[kind].en}\n${last.en}`, cy: `${helpNow[kind].cy}\n${last.cy}` });

/** What the bot says for each kind of risk as it hands the conversation to a person. */
export const signposting = Object.fromEntries(Object.keys(helpNow).map((k) => [k, ending(PERSON)(k as RiskKind)])) as Record<RiskKind, Localised>;

/** The same help when people already have the conversation: the team is told, nobody new is promised. */
export const signpostingWithTeam = Object.fromEntries(Object.keys(helpNow).map((k) => [k, ending(TEAM)(k as RiskKind)])) as Record<RiskKind, Localised>;

/** The kind check for an unclear signal: asked, not assumed, with a person offered. */
export const safetyCheck = {
  question: {
    en: 'It sounds like things are hard right now. Are you safe?',
    cy: "Mae'n swnio fel bod pethau'n anodd ar hyn o bryd. Ydych chi'n ddiogel?",
  },
  safe: { en: "Yes, I'm safe", cy: "Ydw, dwi'n ddiogel" },
  notSafe: { en: "No, I'm not safe", cy: "Na, dwi ddim yn ddiogel" },
  person: { en: 'Talk to a person', cy: 'Siarad â pherson' },
  /** Said when the person says they are safe: the door stays open. */
  glad: {
    en: `I'm glad you're safe. If that changes, Samaritans are there on ${n('samaritans')}, free, day or night. You can ask for a person here at any time. What can I help with?`,
    cy: `Rwy'n falch eich bod chi'n ddiogel. Os bydd hynny'n newid, mae'r Samariaid yno ar ${n('samaritans')}, am ddim, ddydd a nos (yn Gymraeg: ${n('samaritansWelsh')}, 7pm tan 11pm). Gallwch ofyn am berson yma unrhyw bryd. Sut gallaf helpu?`,
  },
} satisfies Record<string, Localised>;
