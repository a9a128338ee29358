// Server-sent events over fetch, because the streams need the Authorization header (EventSource cannot send it).

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens a stream and keeps it open, reconnecting with backoff (a fresh token each time).
 * onState receives 'connecting' | 'live' | 'reconnecting' | 'unavailable' (e.g. 404: this gateway has no such stream)
 * | 'forbidden'; onEvent receives {type, data, id}.
 */
export function openStream(api, path, { onEvent, onState = () => {} }) {
  let stopped = false;
  let controller;

  (async () => {
    let delay = 1000;
    onState('connecting');
    while (!stopped) {
      controller = new AbortController();
      try {
        const response = await fetch(path, {
          headers: { Authorization: `Bearer ${await api.token()}`, Accept: 'text/event-stream' },
          cache: 'no-store',
          signal: controller.signal,
        });
        if (response.status === 403) return onState('forbidden');
        // no such stream on this gateway (404, or 405/406 where another resource owns the path): retrying won't help
        if (response.status >= 400 && response.status < 500 && ![401, 408, 429].includes(response.status)) {
          return onState('unavailable');
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        onState('live');
        delay = 1000;
        await readEvents(response.body, onEvent);
      } catch {
        if (stopped) return;
      }
      if (stopped) return;
      onState('reconnecting');
      await sleep(delay);
      delay = Math.min(delay * 2, 30000);
    }
  })();

  return {
    close() {
      stopped = true;
      controller?.abort();
    },
  };
}

/** Reads text/event-stream blocks (separated by a blank line) until the stream ends. */
export async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    if (!buffer.endsWith('\r')) buffer = buffer.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (event) onEvent(event);
    }
  }
}

function parse(block) {
  let type = 'message';
  let id;
  const data = [];
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id') id = value;
  }
  return data.length ? { type, id, data: data.join('\n') } : null;
}
