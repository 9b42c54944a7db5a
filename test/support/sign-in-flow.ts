/**
 * Signs in through the real flow over HTTP, as a browser would: the service's /auth/sign-in,
 * the identity provider's pages (the sandbox provider's chooser), and back to the callback.
 * A tiny cookie jar keeps each cookie by name; redirects are followed by hand.
 */

/** What a finished sign-in leaves: the cookies the browser holds, and every URL it visited. */
export interface SignInResult {
  cookies: Map<string, string>;
  visited: string[];
  /** The last response: where the browser landed. */
  finalStatus: number;
  finalLocation: string | null;
}

/** Runs the flow from `${base}/auth/sign-in`, choosing `account` on the sandbox provider's page. */
export async function signInThroughProvider(base: string, account: string, returnTo = '/console'): Promise<SignInResult> {
  const cookies = new Map<string, string>();
  const visited: string[] = [];
  const send = async (url: string, init: RequestInit = {}) => {
    visited.push(url);
    const headers = new Headers(init.headers);
    if (cookies.size > 0) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return response;
  };

  let response = await send(`${base}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  for (let hops = 0; hops < 20; hops++) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, visited.at(-1) ?? base).href;
      // The callback's redirect is where the person lands, signed in.
      if (new URL(visited.at(-1) ?? base).pathname === '/auth/callback') return { cookies, visited, finalStatus: response.status, finalLocation: next };
      response = await send(next);
      continue;
    }
    const page = await response.text();
    const form = /<form method="post" action="([^"]+)"/.exec(page);
    if (!form?.[1]) return { cookies, visited, finalStatus: response.status, finalLocation: null };
    response = await send(new URL(form[1], base).href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ account }).toString() });
  }
  throw new Error(`sign-in did not finish: ${visited.join(' -> ')}`);
}
