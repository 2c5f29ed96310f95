import Link from "next/link";

export default function NotFound() {
  return (
    <div className="narrow card stack">
      <h1>Not found</h1>
      <p className="muted">This page does not exist, or you do not have access to it.</p>
      <Link href="/drafts">Back to my drafts</Link>
    </div>
  );
}
