/**
 * The Twilio REST client. The SDK has no base-URL option, so TWILIO_API_BASE_URL works through an
 * httpClient that rewrites https://api.twilio.com (tests and local stand-ins). The SDK's error
 * omits response headers, so Retry-After is caught here for the one send it belongs to.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import twilio from 'twilio';
import type RequestClientBase from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

/** What one send learned from the HTTP response besides the SDK's result. */
export interface ResponseNotes {
  retryAfter?: string;
}

const notes = new AsyncLocalStorage<ResponseNotes>();

/** A RequestClient that can send to another base URL and notes Retry-After on failures. */
class SwitchboardRequestClient extends twilio.RequestClient {
  constructor(
    private readonly baseUrl: string | undefined,
    options: ConstructorParameters<typeof twilio.RequestClient>[0],
  ) {
    super(options);
  }

  override async request<TData>(opts: RequestClientBase.RequestOptions<TData>): Promise<Response<TData>> {
    const uri = this.baseUrl ? opts.uri.replace(/^https:\/\/api\.twilio\.com/, this.baseUrl.replace(/\/+$/, '')) : opts.uri;
    const response = await super.request<TData>({ ...opts, uri });
    const store = notes.getStore();
    if (store && response.statusCode >= 400) {
      const headers = response.headers as Record<string, unknown> | undefined;
      const retryAfter = headers?.['retry-after'];
      if (typeof retryAfter === 'string') store.retryAfter = retryAfter;
    }
    return response;
  }
}

/** Creates the Twilio client. The outbox is the only thing that retries, so the SDK's own retries stay off. */
export function createTwilioClient(config: { accountSid: string; authToken: string; apiBaseUrl?: string; timeoutMs?: number }): twilio.Twilio {
  const httpClient = new SwitchboardRequestClient(config.apiBaseUrl, { autoRetry: false, timeout: config.timeoutMs ?? 10_000, keepAlive: true });
  return twilio(config.accountSid, config.authToken, { httpClient });
}

/** Runs one API call and returns what the response said besides its body (for error translation). */
export async function withResponseNotes<T>(call: () => Promise<T>): Promise<{ result: T } | { error: unknown; notes: ResponseNotes }> {
  const store: ResponseNotes = {};
  try {
    return { result: await notes.run(store, call) };
  } catch (error) {
    return { error, notes: store };
  }
}
