// LISTEN on one PostgreSQL channel over a dedicated connection, reconnecting when it drops.
// Notifications are a wake-up call only: whoever listens also looks on its own every so often,
// so a notification missed while reconnecting delays work but never loses it.
import pg from 'pg';

export interface Listener {
  close(): Promise<void>;
}

export async function listen(url: string, channel: string, onNotify: (payload: string) => void): Promise<Listener> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, application_name: `nabla-listen-${channel}` });
    c.on('notification', (n) => {
      if (n.channel === channel) onNotify(n.payload ?? '');
    });
    c.on('error', () => {
      if (closed || client !== c) return;
      client = undefined;
      void c.end().catch(() => {});
      retry = setTimeout(() => void connect().catch(() => {}), 1_000);
      retry.unref();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (e) {
      void c.end().catch(() => {});
      if (closed) return;
      retry = setTimeout(() => void connect().catch(() => {}), 1_000);
      retry.unref();
      throw e;
    }
    if (closed) return void c.end().catch(() => {});
    client = c;
  };
  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
