/**
 * Makes the official OpenAI client from settings: OpenAI itself, an OpenAI-compatible base
 * URL (including Azure OpenAI's v1 endpoint), or the Azure client with an API version and a
 * deployment (a UK-region Azure resource keeps the data in the UK).
 */
import OpenAI, { AzureOpenAI } from 'openai';
import type { Settings } from '../../config/settings';

/** The client, with the SDK's own retries off: retries and the circuit breaker live in one policy. */
export function createOpenAIClient(settings: Settings['openai']): OpenAI {
  const common = { apiKey: settings.apiKey, timeout: settings.timeoutMs, maxRetries: 0 };
  if (settings.azure) {
    return new AzureOpenAI({ ...common, endpoint: settings.baseUrl, apiVersion: settings.azure.apiVersion, deployment: settings.azure.deployment });
  }
  return new OpenAI({ ...common, baseURL: settings.baseUrl });
}
