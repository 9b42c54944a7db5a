/**
 * What the service tells a citizen about the queue and the people helping them.
 * `{placeholders}` are filled in code. Welsh sits beside English (needs review by a fluent
 * content designer before go-live, like the rest of the Welsh content).
 */
import type { Localised } from '../../dialogs/types';

/** Desk-related texts for citizens, in English and Welsh. */
export const deskReplies = {
  queuePosition: {
    en: 'You are number {position} in the queue. A person will reply here.',
    cy: "Rydych chi'n rhif {position} yn y ciw. Bydd person yn ateb yma.",
  },
  stillQueued: {
    en: 'You are still in the queue. You are number {position}. Thank you for waiting.',
    cy: "Rydych chi'n dal yn y ciw. Rydych chi'n rhif {position}. Diolch am aros.",
  },
  outOfHours: {
    en: 'Our team is not working right now. We open again at {opening}. Would you like someone to get back to you then?',
    cy: "Nid yw ein tîm yn gweithio ar hyn o bryd. Rydyn ni'n agor eto am {opening}. Hoffech chi i rywun gysylltu â chi bryd hynny?",
  },
  urgentOutOfHours: {
    en: 'Our team is not working right now, so please use the numbers above. They are there day and night. We will look at your message first when we open at {opening}.',
    cy: "Nid yw ein tîm yn gweithio ar hyn o bryd, felly defnyddiwch y rhifau uchod. Maen nhw yno ddydd a nos. Byddwn ni'n edrych ar eich neges yn gyntaf pan fyddwn ni'n agor am {opening}.",
  },
  callbackYes: { en: 'Yes, please', cy: 'Ie, os gwelwch yn dda' },
  callbackNo: { en: 'No, thanks', cy: 'Dim diolch' },
  callbackSms: {
    en: 'Thank you. Someone will call you on this number after we open at {opening}.',
    cy: "Diolch. Bydd rhywun yn eich ffonio ar y rhif hwn ar ôl i ni agor am {opening}.",
  },
  callbackOther: {
    en: 'Thank you. Someone will reply to you here after we open at {opening}.',
    cy: "Diolch. Bydd rhywun yn eich ateb chi yma ar ôl i ni agor am {opening}.",
  },
  callbackDeclined: {
    en: 'That is fine. Your message stays in the queue and the team will see it when we open.',
    cy: "Mae hynny'n iawn. Mae eich neges yn aros yn y ciw a bydd y tîm yn ei gweld pan fyddwn ni'n agor.",
  },
  slaBreach: {
    en: 'Sorry for the wait. Everyone in the team is still busy. You are still in the queue and we have not forgotten you. If it is an emergency, call 999.',
    cy: "Mae'n ddrwg gennym am yr aros. Mae pawb yn y tîm yn dal yn brysur. Rydych chi'n dal yn y ciw ac nid ydym wedi eich anghofio. Os yw'n argyfwng, ffoniwch 999.",
  },
  agentJoined: {
    en: '{agent} from the council team has joined. You are now talking to a person.',
    cy: "Mae {agent} o dîm y cyngor wedi ymuno. Rydych chi nawr yn siarad â pherson.",
  },
  resolved: {
    en: '{agent} has finished helping you. You are back with the automated assistant. Type help to see what I can do.',
    cy: "Mae {agent} wedi gorffen eich helpu. Rydych chi'n ôl gyda'r cynorthwyydd awtomatig. Teipiwch help i weld beth alla i ei wneud.",
  },
  released: {
    en: 'Someone else from the council team will pick up your conversation shortly. You do not need to do anything.',
    cy: "Bydd rhywun arall o dîm y cyngor yn codi eich sgwrs cyn bo hir. Does dim angen i chi wneud dim byd.",
  },
  leftQueue: {
    en: 'OK, I have taken you out of the queue. You are back with the automated assistant.',
    cy: "Iawn, rydw i wedi eich tynnu allan o'r ciw. Rydych chi'n ôl gyda'r cynorthwyydd awtomatig.",
  },
  botFailure: {
    en: 'Sorry, something went wrong on our side. Your message is safe. Please try again, or type "person" to talk to someone.',
    cy: 'Mae\'n ddrwg gennym, aeth rhywbeth o\'i le ar ein hochr ni. Mae eich neges yn ddiogel. Rhowch gynnig arall arni, neu teipiwch "person" i siarad â rhywun.',
  },
} satisfies Record<string, Localised>;

/** The keys of deskReplies. */
export type DeskReplyKey = keyof typeof deskReplies;
