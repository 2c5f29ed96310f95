import type { Metadata } from "next";
import { can } from "@/lib/accounts/access";
import { requireUser } from "@/lib/accounts/session";
import { ClassList } from "@/lib/classes/components/class-list";
import { listClassesForUser } from "@/lib/classes/data";
import { JoinForm } from "@/lib/classes/components/join-form";
import { NewClassForm } from "@/lib/classes/components/new-class-form";
import { CLASS_FIRST_YEAR, CLASS_LAST_YEAR, listClassSeats } from "@/lib/core/classroom/seats";
import "@/lib/classes/components/classroom.css";

export const metadata: Metadata = { title: "Classes" };

function seatCounts() {
  const councilSeats: Record<number, number> = {};
  const assemblyMembers: Record<number, number> = {};
  for (let year = CLASS_FIRST_YEAR; year <= CLASS_LAST_YEAR; year++) {
    councilSeats[year] = listClassSeats("security-council", year).length;
    assemblyMembers[year] = listClassSeats("general-assembly", year).length;
  }
  return { councilSeats, assemblyMembers };
}

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  const canCreate = can(user.role, "create-class");
  return (
    <div className="classes-page stack">
      <h1>Classes</h1>
      <p className="muted">
        {canCreate
          ? "Open a class, project the join code, and run the Council's vote live on your students' phones. Seats nobody plays vote by the prediction from the real record."
          : "Join your teacher's class with its code and cast your country's vote from your phone."}
      </p>
      <div className="classes-layout">
        <section aria-labelledby="my-classes-heading" className="classes-list-column">
          <h2 id="my-classes-heading">My classes</h2>
          <ClassList classes={await listClassesForUser(user)} />
        </section>
        <div className="classes-forms stack">
          {canCreate ? <NewClassForm firstYear={CLASS_FIRST_YEAR} lastYear={CLASS_LAST_YEAR} {...seatCounts()} /> : null}
          <section className="card" aria-labelledby="join-heading">
            <h2 id="join-heading">Join a class</h2>
            <JoinForm isSignedIn userName={user.name} />
          </section>
        </div>
      </div>
    </div>
  );
}
