import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/accounts/password";
import { EXAMPLE_IDS, getExample } from "@/lib/core/draft/examples";
import { withIds } from "@/lib/core/draft/schema";
import { denormalisedColumns, newParagraphId, serializeDocument } from "@/lib/drafts/document";
import { DEMO_ACCOUNTS } from "./accounts";

/** Creates the demo accounts and their example drafts once; running it again changes nothing. */
export async function seedDemo(db: PrismaClient): Promise<{ created: string[] }> {
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (existing) continue;
    await db.user.create({
      data: {
        name: account.name,
        email: account.email,
        role: account.role,
        passwordHash: await hashPassword(account.password),
      },
    });
    created.push(account.email);
  }
  created.push(...(await seedExampleDrafts(db)));
  return { created };
}

/**
 * The demo student owns the two example drafts (lib/core/draft/examples.ts), shared with the demo
 * teacher as reader. Fixed draft ids make this idempotent: a draft the student has edited or
 * deleted since is left as it is, never recreated.
 */
async function seedExampleDrafts(db: PrismaClient): Promise<string[]> {
  const student = await db.user.findUnique({ where: { email: demoEmail("student") }, select: { id: true } });
  const teacher = await db.user.findUnique({ where: { email: demoEmail("teacher") }, select: { id: true } });
  if (!student) return [];
  const created: string[] = [];
  for (const exampleId of EXAMPLE_IDS) {
    const draftId = `demo-${exampleId}`;
    const existing = await db.draft.findUnique({ where: { id: draftId }, select: { id: true } });
    if (!existing) {
      const draft = withIds(getExample(exampleId), newParagraphId);
      const document = serializeDocument(draft);
      await db.draft.create({
        data: {
          id: draftId,
          ownerId: student.id,
          ...denormalisedColumns(draft),
          document,
          revision: 1,
          revisions: { create: { number: 1, document, authorId: student.id, kind: "create" } },
        },
      });
      created.push(`draft ${exampleId}`);
    }
    if (teacher) {
      await db.draftShare.upsert({
        where: { draftId_userId: { draftId, userId: teacher.id } },
        create: { draftId, userId: teacher.id, access: "reader" },
        update: {},
      });
    }
  }
  return created;
}

function demoEmail(role: "teacher" | "student"): string {
  return DEMO_ACCOUNTS.find((account) => account.role === role)!.email;
}
