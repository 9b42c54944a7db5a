/**
 * The canned texts the dialog engine says, in plain English (reading age about 9) and Welsh.
 * Welsh needs review by a fluent content designer: see WELSH_REVIEW_STATUS in index.ts.
 */
import type { Replies } from '../../dialogs/types';
import { safetyCheck, signposting } from './signposting';

/** Every fixed thing the bot says, in both languages. */
export const replies: Replies = {
  welcome: {
    en: 'Hello. I can help with bins, council tax and Blue Badges. What do you need? You can ask for a person at any time.',
    cy: 'Helo. Gallaf helpu gyda biniau, treth y cyngor a Bathodynnau Glas. Beth sydd ei angen arnoch chi? Gallwch ofyn am berson unrhyw bryd.',
  },
  // Not "cancel": by text message a lone CANCEL is a carrier opt-out word, so it would stop every text.
  help: {
    en: 'I can:\n- report a missed bin\n- tell you your council tax balance\n- check a Blue Badge application\n- answer questions about bins, council tax, libraries and more\nType "person" to talk to a person, "exit" to stop what we are doing, or "Cymraeg" for Welsh.',
    cy: 'Gallaf:\n- rhoi gwybod am fin heb ei gasglu\n- dweud wrthych beth yw balans eich treth gyngor\n- gwirio cais am Fathodyn Glas\n- ateb cwestiynau am finiau, treth y cyngor, llyfrgelloedd a mwy\nTeipiwch "person" i siarad â pherson, "canslo" i stopio, neu "English" am Saesneg.',
  },
  cancelled: {
    en: 'OK, I have stopped that. Nothing was sent. What else can I help with?',
    cy: 'Iawn, rwyf wedi stopio hynny. Does dim byd wedi cael ei anfon. Sut arall gallaf helpu?',
  },
  startOver: {
    en: "OK, let's start again.",
    cy: 'Iawn, gadewch i ni ddechrau eto.',
  },
  handoff: {
    en: "I'm passing you to a person. They can see what you've told me, so you won't need to say it again. Please wait here.",
    cy: "Rwy'n eich trosglwyddo i berson. Maen nhw'n gallu gweld beth rydych chi wedi'i ddweud wrtha i, felly fydd dim angen i chi ei ddweud eto. Arhoswch yma os gwelwch yn dda.",
  },
  signposting,
  safetyCheck,
  unsure: {
    en: "Sorry, I didn't understand. Could you say it another way? For example: \"my bin was missed\" or \"what do I owe on council tax\".",
    cy: "Mae'n ddrwg gen i, doeddwn i ddim yn deall. Allwch chi ei ddweud mewn ffordd arall? Er enghraifft: \"chafodd fy min ddim ei gasglu\" neu \"faint sydd arnaf i ar dreth y cyngor\".",
  },
  noAnswer: {
    en: "I don't have an answer to that. Would you like to talk to a person?",
    cy: "Does gen i ddim ateb i hynny. Hoffech chi siarad â pherson?",
  },
  frustratedOffer: {
    en: "Sorry I haven't been much help. Would you like to talk to a person?",
    cy: "Mae'n ddrwg gen i nad ydw i wedi bod o lawer o help. Hoffech chi siarad â pherson?",
  },
  unsureLimit: {
    en: "Sorry, I'm still not understanding. Would you like to talk to a person?",
    cy: "Mae'n ddrwg gen i, dwi'n dal ddim yn deall. Hoffech chi siarad â pherson?",
  },
  repromptLimit: {
    en: "That still doesn't look right. Would you like to talk to a person, or try again?",
    cy: "Dydy hynny dal ddim yn edrych yn iawn. Hoffech chi siarad â pherson, neu roi cynnig arall arni?",
  },
  outage: {
    en: "Sorry, our system isn't working right now, so I can't finish this. I'm passing you to a person who can help.",
    cy: "Mae'n ddrwg gen i, dydy ein system ddim yn gweithio ar hyn o bryd, felly alla i ddim gorffen hyn. Rwy'n eich trosglwyddo i berson sy'n gallu helpu.",
  },
  pickCorrection: {
    en: 'Which detail do you want to change?',
    cy: "Pa fanylyn ydych chi eisiau ei newid?",
  },
  languageSwitched: {
    en: "OK, I'll talk in English now.",
    cy: "Iawn, fe siarada i yn Gymraeg nawr.",
  },
  flowIntro: {
    en: 'I can help with that: {title}.',
    cy: 'Gallaf helpu gyda hynny: {title}.',
  },
  declined: {
    en: 'OK. What else can I help with?',
    cy: 'Iawn. Sut arall gallaf helpu?',
  },
  updated: {
    en: "Thanks, I've changed that.",
    cy: "Diolch, rwyf wedi newid hynny.",
  },
  readMore: {
    en: 'Read more',
    cy: 'Darllen mwy',
  },
  yes: { en: 'Yes', cy: 'Ie' },
  no: { en: 'No', cy: 'Na' },
  talkToPerson: { en: 'Talk to a person', cy: 'Siarad â pherson' },
  tryAgain: { en: 'Try again', cy: 'Rhoi cynnig arall' },
};
