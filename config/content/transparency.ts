/**
 * The organisational facts of the algorithmic transparency record (`npm run transparency`):
 * who owns the tool, whom to contact, and the assessments done. These are a council's own
 * facts, not the code's, so a council replaces the placeholders in [square brackets] before
 * publishing. Everything technical (model, prompt version, retention, figures) is filled in
 * from settings and the live report, never from here.
 */

/** What the record says about the organisation behind the tool. */
export interface TransparencyOrganisation {
  /** The tool's public name. */
  toolName: string;
  organisation: string;
  team: string;
  /** A role, never a named person: the record outlives staff changes. */
  seniorResponsibleOwner: string;
  /** A shared mailbox for questions about the tool. */
  contactEmail: string;
  /** Where the service (or this record) is published. */
  website: string;
  /** Impact assessments done, each with its date or status. */
  impactAssessments: readonly { name: string; status: string }[];
  /** How a person can question or appeal what happened in a conversation. */
  appeals: string;
  /** What staff are trained in before they answer handed-over conversations. */
  training: string;
  /** What people did before the tool. */
  previousProcess: string;
  /** What else was considered and why this was chosen. */
  alternatives: string;
}

/** The defaults shipped with the project; every [bracketed] value is for the council to fill in. */
export const transparencyOrganisation: TransparencyOrganisation = {
  toolName: 'Switchboard contact assistant',
  organisation: '[Council name]',
  team: '[Customer services / contact centre team]',
  seniorResponsibleOwner: '[Head of customer services]',
  contactEmail: '[contact-assistant@council.gov.uk]',
  website: '[https://www.council.gov.uk/contact-us]',
  impactAssessments: [
    { name: 'Data protection impact assessment (DPIA)', status: '[date completed, or "not yet done"]' },
    { name: 'Equality impact assessment (EqIA)', status: '[date completed, or "not yet done"]' },
    { name: 'Welsh language impact assessment', status: '[date completed, or "not yet done"]' },
  ],
  appeals:
    'Anyone can ask for a person at any point by saying so ("talk to a person"). A complaint about a conversation goes through the council\'s usual complaints process; the transcript and the record of each automated decision are kept for the periods listed below so that it can be looked into.',
  training:
    'Contact-centre staff who take handed-over conversations are trained in the council\'s usual customer-service, safeguarding and data-protection procedures, and in how to read the assistant\'s summary and decision record.',
  previousProcess:
    'People phoned, emailed or filled in web forms, and every request was read and answered by a member of staff, including routine ones such as reporting a missed bin.',
  alternatives:
    'Web forms alone (they do not work by text message and give no answer to questions), and a rules-only chatbot (it understands fewer ways of asking). A language model with a rules-based fallback was chosen, with fixed rules for crisis and for asking for a person.',
};
