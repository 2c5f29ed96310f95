import Link from "next/link";
import type { ClassSummary } from "../data";
import { organName } from "./seat-display";

/** My classes: those I teach, and those I joined. */
export function ClassList({ classes }: { classes: ClassSummary[] }) {
  if (classes.length === 0) return <p className="muted">No classes yet.</p>;
  return (
    <ul className="draft-list class-list" data-testid="class-list">
      {classes.map((item) => (
        <li key={item.id} className="draft-item">
          <div className="draft-item-main">
            <Link href={`/classes/${item.id}`} className="draft-item-name">
              {item.name}
            </Link>
            <div className="draft-item-meta small muted">
              <span>
                {organName(item.body)} {item.year}
              </span>
              <span className="badge">{roleWord(item.role)}</span>
              {item.status === "ended" ? <span className="badge">Ended</span> : <span className="badge badge-live">Open</span>}
            </div>
          </div>
          <Link href={`/classes/${item.id}/projector`} className="button button-quiet button-small">
            Projector
          </Link>
        </li>
      ))}
    </ul>
  );
}

function roleWord(role: string): string {
  if (role === "teacher") return "Teacher";
  if (role === "chair") return "Chair";
  return "Delegate";
}
