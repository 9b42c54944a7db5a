/** What the bot says to staff in Microsoft Teams when it is added to a chat or team. */
import type { Localised } from '../../dialogs/types';

/** The welcome for staff: what the bot knows about, and that a person is always there. */
export const teamsWelcome: Localised = {
  en: "Hello. I'm the council's helper for staff. Ask me about annual leave, expenses or resetting your password, or check a Blue Badge application. You can ask for a person at any time.",
  cy: "Helo. Fi yw cynorthwyydd y cyngor i staff. Gofynnwch i mi am wyliau blynyddol, treuliau neu ailosod eich cyfrinair, neu gwiriwch gais am Fathodyn Glas. Gallwch ofyn am berson unrhyw bryd.",
};
