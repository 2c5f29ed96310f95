import { Client } from "pg";

/**
 * The fixtures' clean-up when the suite runs on PostgreSQL (E2E_DATABASE_URL): the test users
 * and, through the schema's cascades, everything they own; then a check that nothing is left.
 */
export async function deletePostgresUsers(url: string, emails: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM "User" WHERE email = ANY($1)', [emails]);
    await client.query("BEGIN");
    await client.query('DELETE FROM "User" WHERE email = ANY($1)', [emails]);
    // Failed sign-ins are kept by email, also for the unknown addresses a test tried.
    for (const email of emails) await client.query('DELETE FROM "SignInThrottle" WHERE email = $1 OR email LIKE $2', [email, `%-${email}`]);
    await client.query("COMMIT");
    if (rows.length === 0) return;
    const ids = rows.map((row) => row.id);
    const { rows: left } = await client.query<{ count: string }>(
      'SELECT (SELECT count(*) FROM "Draft" WHERE "ownerId" = ANY($1)) + (SELECT count(*) FROM "DraftShare" WHERE "userId" = ANY($1)) + (SELECT count(*) FROM "Simulation" WHERE "ownerId" = ANY($1)) AS count',
      [ids],
    );
    if (Number(left[0].count) > 0) throw new Error(`Deleting the test users left ${left[0].count} of their rows behind`);
  } finally {
    await client.end();
  }
}
