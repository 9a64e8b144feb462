import pg from 'pg';

/** The PostgreSQL server the bench may use, or null (with the reason) when none answers. */
export async function findPostgres(url: string): Promise<{ url: string } | { reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { url };
  } catch (error) {
    return { reason: `PostgreSQL at ${new URL(url).host} did not answer: ${(error as Error).message}` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh database for one run (dropped by the returned function), beside the server's others. */
export async function createBenchDatabase(url: string, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  await adminQuery(url, `drop database if exists ${name} with (force)`);
  await adminQuery(url, `create database ${name}`);
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return { url: parsed.toString(), drop: () => adminQuery(url, `drop database if exists ${name} with (force)`) };
}
