/** The dialog content: flows, knowledge, canned replies and sandbox data, in English and Welsh. */
export { flows } from './flows';
export { knowledgeArticles } from './knowledge';
export { replies } from './replies';
export { demoData } from './demo-data';
export { feedbackContent } from './feedback';

/** Where the Welsh stands: written by an engineer, not yet checked by a fluent speaker. */
export const WELSH_REVIEW_STATUS = {
  reviewed: false,
  note: 'All Welsh text in config/content was drafted by an engineer and needs review by a fluent Welsh content designer before it is used with the public.',
} as const;
