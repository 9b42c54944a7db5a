/**
 * The facts the transparency record states about the tool, gathered from settings and the
 * versioned prompt. Kept apart from the rendering so the record is a pure function of facts
 * and figures, and so a test can change one fact (the prompt version) and see the record change.
 */
import type { ChannelName } from '../../channels/types';
import { transparencyOrganisation, type TransparencyOrganisation } from '../../config/content/transparency';
import type { VersionedPrompt } from '../../config/prompts';
import type { RetentionDays, Settings } from '../../config/settings';

/** Everything the record says that does not come from the live figures. */
export interface TransparencyFacts {
  organisation: TransparencyOrganisation;
  model: {
    /** Null when no API key is set: the offline matcher answers every message. */
    provider: 'OpenAI' | 'Azure OpenAI' | null;
    /** The model (or Azure deployment) name recorded with each decision. */
    name: string;
    promptVersion: string;
    /** Where the prompt text lives in the repository. */
    promptFile: string;
    timeoutMs: number;
    maxRetries: number;
    breakerThreshold: number;
    /** GBP per million tokens behind the estimated cost per conversation. */
    priceGbpPerMtok: { input: number; output: number };
  };
  /** Which channels this deployment serves. */
  channels: { channel: ChannelName; on: boolean }[];
  /** Where records are kept. */
  store: 'MongoDB' | 'in-memory (sandbox)';
  retention: RetentionDays;
  handoff: { slaMinutes: number; maxReprompts: number; maxUnsure: number };
}

/** Gathers the facts from validated settings and the prompt in use. */
export function transparencyFacts(
  settings: Settings,
  prompt: Pick<VersionedPrompt, 'version'>,
  organisation: TransparencyOrganisation = transparencyOrganisation,
): TransparencyFacts {
  const { openai } = settings;
  const azure = Boolean(openai.azure) || /\.openai\.azure\.com/i.test(openai.baseUrl ?? '');
  return {
    organisation,
    model: {
      provider: openai.apiKey ? (azure ? 'Azure OpenAI' : 'OpenAI') : null,
      // The same name the understander records with each decision.
      name: openai.azure?.deployment ?? openai.model,
      promptVersion: prompt.version,
      promptFile: `config/prompts/${prompt.version}.md`,
      timeoutMs: openai.timeoutMs,
      maxRetries: openai.maxRetries,
      breakerThreshold: openai.breakerThreshold,
      priceGbpPerMtok: { ...settings.oversight.priceGbpPerMtok },
    },
    channels: [
      { channel: 'web', on: true },
      { channel: 'sms', on: Boolean(settings.twilio) },
      // Teams runs unauthenticated only outside production, so production needs an app id.
      { channel: 'teams', on: settings.nodeEnv !== 'production' || Boolean(settings.microsoft.appId) },
    ],
    store: settings.mongodbUri ? 'MongoDB' : 'in-memory (sandbox)',
    retention: { ...settings.retention },
    handoff: { slaMinutes: settings.handoff.slaMinutes, maxReprompts: settings.dialog.maxReprompts, maxUnsure: settings.dialog.maxUnsure },
  };
}
