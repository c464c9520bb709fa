import type { RequestEvent } from '@sveltejs/kit';

/** Request headers that describe the hop, not the request: never forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host'];

/**
 * Forwards an `/api/*` request to the API server, so that the browser talks to one origin only.
 * Cookies pass both ways untouched; the client's address goes in X-Forwarded-For.
 */
export async function proxyToApi(event: RequestEvent, apiOrigin: string): Promise<Response> {
  const target = new URL(event.url.pathname + event.url.search, apiOrigin);
  const headers = new Headers(event.request.headers);
  for (const name of HOP_BY_HOP) headers.delete(name);
  headers.set('x-forwarded-for', event.getClientAddress());
  headers.set('x-forwarded-proto', event.url.protocol.replace(':', ''));
  headers.set('x-forwarded-host', event.url.host);
  const hasBody = !['GET', 'HEAD'].includes(event.request.method);
  let body: ArrayBuffer | undefined;
  try {
    body = hasBody ? await event.request.arrayBuffer() : undefined;
  } catch (error) {
    // The web server's own body limit (adapter-node's BODY_SIZE_LIMIT) refuses it: say so, as the API would.
    const status = (error as { status?: unknown }).status;
    if (status === 413) return tooLarge();
    return Response.json(
      { statusCode: 400, error: 'Bad Request', message: 'The request body could not be read' },
      { status: 400 },
    );
  }
  let upstream: Response;
  try {
    upstream = await fetch(target, { method: event.request.method, headers, body, redirect: 'manual' });
  } catch {
    return Response.json({ statusCode: 502, error: 'Bad Gateway', message: 'The API server is not reachable' }, { status: 502 });
  }
  const responseHeaders = new Headers(upstream.headers);
  // fetch has already decoded the body.
  responseHeaders.delete('content-encoding');
  responseHeaders.delete('content-length');
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: responseHeaders });
}

function tooLarge(): Response {
  return Response.json({ statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' }, { status: 413 });
}
