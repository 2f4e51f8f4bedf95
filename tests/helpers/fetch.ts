/** One request the page made through the stubbed `fetch`. */
export interface Call {
  url: string;
  init: RequestInit;
  headers: Record<string, string>;
  body: unknown;
}

export type Reply = number | Error | (() => Promise<Response | Error>);

/**
 * Replaces `window.fetch` until `restore()`. Each request takes the next reply: a status code,
 * an Error (a network failure), or a function for slow or custom answers. When the replies run
 * out the last one repeats.
 */
export function stubFetch(...replies: Reply[]) {
  const real = window.fetch;
  const calls: Call[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    calls.push({ url: String(input), init, headers, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    const r = typeof reply === 'function' ? await reply() : reply;
    if (r instanceof Error) throw r;
    if (r instanceof Response) return r;
    return new Response(r >= 400 ? JSON.stringify({ error: `status ${r}` }) : '{}', {
      status: r,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { calls, restore: () => (window.fetch = real) };
}

/** A network failure, as `fetch` reports one. */
export const offline = () => new TypeError('Failed to fetch');
