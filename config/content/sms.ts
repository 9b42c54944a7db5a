/**
 * Fixed texts for the SMS channel: answers to HELP and START, the abuse-limit notices and the
 * honest reply to a picture. Plain English with Welsh beside it (Welsh needs review by a fluent
 * content designer before go-live, like the rest of the Welsh content).
 */
import type { Localised } from '../../dialogs/types';

/** SMS texts, in English and Welsh. `{placeholders}` are filled in code. */
export const smsReplies = {
  help: {
    en: 'This is the council text service. Ask about bins, council tax or Blue Badges, or text "person" to reach a person. Text STOP to stop getting texts from us. Text START to get them again.',
    cy: 'Dyma wasanaeth tecstio\'r cyngor. Gofynnwch am finiau, treth y cyngor neu Fathodynnau Glas, neu tecstiwch "person" i gael person. Tecstiwch STOP i beidio â chael tecstiau gennym ni. Tecstiwch START i\'w cael eto.',
  },
  optedIn: {
    en: 'You will get texts from us again. Text STOP at any time to stop them.',
    cy: 'Byddwch chi\'n cael tecstiau gennym ni eto. Tecstiwch STOP unrhyw bryd i\'w stopio.',
  },
  rateLimited: {
    en: 'You have sent us a lot of texts in a short time. We have kept them all. Please wait a few minutes before you text again.',
    cy: 'Rydych chi wedi anfon llawer o decstiau atom ni mewn amser byr. Rydyn ni wedi cadw pob un. Arhoswch ychydig funudau cyn tecstio eto.',
  },
  tooLong: {
    en: 'Sorry, that text is too long for me to read. We have kept it. Please send a shorter text, up to {max} letters.',
    cy: 'Mae\'n ddrwg gen i, mae\'r tecst yna\'n rhy hir i mi ei ddarllen. Rydyn ni wedi\'i gadw. Anfonwch decst byrrach, hyd at {max} llythyren.',
  },
  media: {
    en: 'Thank you for the picture. I cannot look at pictures or files, so please tell me in words. If a person needs to see it, text "person".',
    cy: 'Diolch am y llun. Alla i ddim edrych ar luniau na ffeiliau, felly dywedwch wrtha i mewn geiriau. Os oes angen i berson ei weld, tecstiwch "person".',
  },
} satisfies Record<string, Localised>;
