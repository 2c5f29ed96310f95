import { execFileSync } from "node:child_process";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { isPostgresSchemaCurrent } from "./pg-schema";
import { createDatabase, startTemporaryPostgres, type TemporaryPostgres } from "./pg-cluster";
import { listCommittedMigrations, migratePostgres, MigrationError } from "./migrate-postgres";

const root = path.resolve(__dirname, "..");

async function tables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

async function recorded(url: string): Promise<{ migration_name: string; checksum: string; applied_steps_count: number; finished: boolean }[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name');
    return rows;
  } finally {
    await client.end();
  }
}

/** What `prisma migrate status` says of the database, through the pg adapter. */
function prismaMigrateStatus(url: string): string {
  try {
    return execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "status", "--config", "prisma.postgres.config.ts"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? "");
  }
}

describe("the PostgreSQL schema", () => {
  it("is the one generated from prisma/schema.prisma (else: npm run db:pg-migration -- <name>)", () => {
    expect(isPostgresSchemaCurrent()).toBe(true);
  });
});

describe("the PostgreSQL migrations", () => {
  let server: TemporaryPostgres;
  const migrations = listCommittedMigrations();

  beforeAll(async () => {
    server = await startTemporaryPostgres();
  }, 120_000);
  afterAll(() => server?.stop());

  it("bring an empty database up to date in one go, recorded as Prisma records them", async () => {
    const url = await createDatabase(server, "empty");
    const report = await migratePostgres(url);
    expect(report.applied).toEqual(migrations.map((migration) => migration.name));
    expect(await tables(url)).toEqual(expect.arrayContaining(["User", "Draft", "Classroom", "ClassEvent", "_prisma_migrations"]));
    expect(await recorded(url)).toEqual(migrations.map((migration) => ({ migration_name: migration.name, checksum: migration.checksum, applied_steps_count: 1, finished: true })));
    expect(prismaMigrateStatus(url)).toContain("Database schema is up to date");
    // Applying again changes nothing.
    expect((await migratePostgres(url)).applied).toEqual([]);
    const db = createPrismaClient({ ...process.env, DATABASE_URL: url });
    try {
      const user = await db.user.create({ data: { email: "teacher@example.org", name: "Teacher", passwordHash: "x", role: "teacher" } });
      expect(await db.user.findUnique({ where: { email: "teacher@example.org" } })).toMatchObject({ id: user.id, role: "teacher" });
    } finally {
      await db.$disconnect();
    }
  });

  it("bring a database one version behind up to date, keeping its data", async () => {
    const url = await createDatabase(server, "behind");
    await migratePostgres(url, migrations.slice(0, -1));
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('u1', 'kept@example.org', 'Kept', 'x', now())`);
    await client.end();
    const report = await migratePostgres(url);
    expect(report).toEqual({ applied: [migrations.at(-1)!.name], alreadyApplied: migrations.length - 1 });
    expect(await tables(url)).toContain("ClassEvent");
    expect(prismaMigrateStatus(url)).toContain("Database schema is up to date");
    const check = new Client({ connectionString: url });
    await check.connect();
    const { rows } = await check.query(`SELECT email FROM "User"`);
    await check.end();
    expect(rows).toEqual([{ email: "kept@example.org" }]);
  });

  it("apply nothing at all when a pending migration fails, and say which", async () => {
    const url = await createDatabase(server, "failing");
    await migratePostgres(url, migrations.slice(0, 1));
    const broken = [...migrations, { name: "29991231000000_broken", sql: 'CREATE TABLE "Extra" (id TEXT);\nALTER TABLE "Nowhere" ADD COLUMN x INT;', checksum: "0".repeat(64) }];
    await expect(migratePostgres(url, broken)).rejects.toThrow(/migration 29991231000000_broken failed, nothing was applied/);
    // The migration before it, in the same run, was rolled back too: never half-migrated.
    expect(await tables(url)).not.toContain("ClassEvent");
    expect(await tables(url)).not.toContain("Extra");
    expect((await recorded(url)).map((row) => row.migration_name)).toEqual([migrations[0].name]);
  });

  it("refuse a database newer than the app, and a changed migration", async () => {
    const url = await createDatabase(server, "newer");
    await migratePostgres(url);
    await expect(migratePostgres(url, migrations.slice(0, -1))).rejects.toThrow(/does not know .*newer than the app/);
    const edited = migrations.map((migration, index) => (index === 0 ? { ...migration, checksum: "f".repeat(64) } : migration));
    await expect(migratePostgres(url, edited)).rejects.toThrow(/changed after it was applied/);
  });

  it("say clearly when the database cannot be reached", async () => {
    const error = await migratePostgres("postgresql://postgres@127.0.0.1:1/nowhere").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/^cannot reach the PostgreSQL database at 127\.0\.0\.1:1\/nowhere/);
  });
});
