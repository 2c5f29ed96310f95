import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { migratePostgres } from "../../scripts/migrate-postgres";
import { createDatabase, startTemporaryPostgres, type TemporaryPostgres } from "../../scripts/pg-cluster";
import { createInProcessPubSub, type StoredClassEvent } from "./pubsub";
import { createPostgresPubSub, LISTENER_APPLICATION_NAME, MAX_INLINE_PAYLOAD_BYTES, type PostgresPubSub } from "./pubsub-postgres";

/**
 * Two app instances (two pub/subs, two Prisma clients) on one PostgreSQL database: what one
 * instance writes, the other's subscribers hear, in order, including events too large for a
 * notification, and nothing of a transaction that rolled back.
 */
describe("class events through PostgreSQL LISTEN/NOTIFY", () => {
  let server: TemporaryPostgres;
  let url = "";
  let classId = "";
  const instances: { db: PrismaClient; pubsub: PostgresPubSub }[] = [];

  /** Appends events as lib/classes/events.ts does: lock, insert, notify, in one transaction. */
  async function write(instance: number, events: { type: "ballot" | "speakers"; data: unknown }[], fail = false): Promise<StoredClassEvent[]> {
    const { db, pubsub } = instances[instance];
    return db.$transaction(async (tx) => {
      await pubsub.beginWrite(tx, classId);
      const stored: StoredClassEvent[] = [];
      for (const event of events) {
        const row = await tx.classEvent.create({ data: { classId, type: event.type, data: JSON.stringify(event.data) }, select: { id: true } });
        stored.push({ id: row.id, ...event });
      }
      await pubsub.announce(tx, classId, stored);
      if (fail) throw new Error("rolled back");
      return stored;
    });
  }

  function heardBy(instance: number): StoredClassEvent[] {
    const heard: StoredClassEvent[] = [];
    instances[instance].pubsub.subscribe(classId, (event) => heard.push(event));
    return heard;
  }

  async function until(check: () => boolean, what: string) {
    const deadline = Date.now() + 15_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  beforeAll(async () => {
    server = await startTemporaryPostgres();
    url = await createDatabase(server, "pubsub");
    await migratePostgres(url);
    for (let index = 0; index < 2; index++) {
      const pubsub = createPostgresPubSub(url, createInProcessPubSub(), { reconnectDelayMs: 100 });
      await pubsub.ready();
      instances.push({ db: createPrismaClient({ ...process.env, DATABASE_URL: url }), pubsub });
    }
    const owner = await instances[0].db.user.create({ data: { email: "teacher@example.org", name: "Teacher", passwordHash: "x", role: "teacher" } });
    classId = (await instances[0].db.classroom.create({ data: { ownerId: owner.id, name: "Class", body: "general-assembly", year: 2024, joinCode: "ABCDEF" } })).id;
  }, 120_000);

  afterAll(async () => {
    for (const instance of instances) {
      await instance.pubsub.close();
      await instance.db.$disconnect();
    }
    server?.stop();
  });

  it("hands what instance B writes to a subscriber of instance A, and to B's own, in id order", async () => {
    const onA = heardBy(0);
    const onB = heardBy(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const first = await write(1, [{ type: "ballot", data: { iso3: "FRA", vote: "Y" } }]);
    const both = await Promise.all([write(0, [{ type: "ballot", data: { iso3: "GBR", vote: "N" } }]), write(1, [{ type: "ballot", data: { iso3: "USA", vote: "A" } }, { type: "speakers", data: { queue: [] } }])]);
    const ids = [...first, ...both.flat()].map((event) => event.id).sort((left, right) => left - right);
    await until(() => onA.length === 4 && onB.length === 4, "four events on both instances");
    expect(onA.map((event) => event.id)).toEqual(ids);
    expect(onB.map((event) => event.id)).toEqual(ids);
    expect(onA.find((event) => event.id === first[0].id)).toEqual({ id: first[0].id, type: "ballot", data: { iso3: "FRA", vote: "Y" } });
  });

  it("hears, on a fresh instance, every event committed once ready() has resolved after its first subscription", async () => {
    // The event stream subscribes, awaits ready(), then reads its catch-up from the table: what
    // commits after that read must come through the LISTEN that the first subscription started.
    const fresh = createPostgresPubSub(url, createInProcessPubSub(), { reconnectDelayMs: 100 });
    try {
      const heard: StoredClassEvent[] = [];
      fresh.subscribe(classId, (event) => heard.push(event));
      await fresh.ready();
      const [written] = await write(1, [{ type: "ballot", data: { iso3: "IND", vote: "A" } }]);
      await until(() => heard.some((event) => event.id === written.id), "the event written right after ready()");
      expect(heard.map((event) => event.id)).toEqual([written.id]);
    } finally {
      await fresh.close();
    }
  });

  it("reads an event too large for a notification from the table, keeping the order", async () => {
    const onA = heardBy(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const large = { text: "x".repeat(MAX_INLINE_PAYLOAD_BYTES * 2) };
    const [big] = await write(1, [{ type: "speakers", data: large }]);
    const [small] = await write(1, [{ type: "ballot", data: { iso3: "CHN", vote: "Y" } }]);
    await until(() => onA.some((event) => event.id === small.id), "the small event after the large one");
    expect(onA.filter((event) => event.id >= big.id).map((event) => event.id)).toEqual([big.id, small.id]);
    expect(onA.find((event) => event.id === big.id)?.data).toEqual(large);
  });

  it("announces nothing of a transaction that rolled back", async () => {
    const onA = heardBy(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(write(1, [{ type: "ballot", data: { iso3: "RUS", vote: "N" } }], true)).rejects.toThrow("rolled back");
    const [after] = await write(1, [{ type: "ballot", data: { iso3: "RUS", vote: "Y" } }]);
    await until(() => onA.some((event) => event.id === after.id), "the committed event");
    expect(onA.map((event) => event.data)).toEqual([{ iso3: "RUS", vote: "Y" }]);
  });

  it("delivers what was written while its listening connection was down, once it is back", async () => {
    const onA = heardBy(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const admin = new Client({ connectionString: url });
    await admin.connect();
    const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [LISTENER_APPLICATION_NAME]);
    expect(rowCount).toBe(2);
    await admin.end();
    const written = await write(1, [{ type: "ballot", data: { iso3: "BRA", vote: "Y" } }]);
    await until(() => onA.some((event) => event.id === written[0].id), "the event written during the outage");
    expect(onA.filter((event) => event.id === written[0].id)).toHaveLength(1);
  });
});
