/**
 * The end-of-conversation feedback question and the replies around it, in plain English and
 * Welsh. Kept short so the question and its numbered list fit one text (GSM-7, no ŵ or ŷ).
 * Welsh needs review by a fluent content designer: see WELSH_REVIEW_STATUS in index.ts.
 */
import type { FeedbackContent } from '../../dialogs/feedback';

/** What the bot says to ask for, and thank for, a 1–5 score. */
export const feedbackContent: FeedbackContent = {
  question: {
    en: 'How did we do today? Reply 1 to 5, where 5 is very good.',
    cy: 'Sut wnaethon ni heddiw? Atebwch 1 i 5, lle mae 5 yn dda iawn.',
  },
  labels: [
    { en: 'Very poor', cy: 'Gwael iawn' },
    { en: 'Poor', cy: 'Gwael' },
    { en: 'OK', cy: 'Iawn' },
    { en: 'Good', cy: 'Da' },
    { en: 'Very good', cy: 'Da iawn' },
  ],
  thanks: {
    en: 'Thank you for telling us. It helps us make this better.',
    cy: "Diolch am ddweud wrthon ni. Mae'n ein helpu i wella hyn.",
  },
  closing: {
    en: "You're welcome. Message again any time.",
    cy: 'Croeso. Anfonwch neges eto unrhyw bryd.',
  },
};
