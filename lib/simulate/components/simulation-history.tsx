import type { SimulationInput } from "../schema";

export type SimulationHistoryEntry = { id: string; createdAt: string; input: SimulationInput; statement: string; outcome: string };

/** The user's saved votes, newest first as listed by the data layer. */
export function SimulationHistory({ heading, entries }: { heading: string; entries: SimulationHistoryEntry[] }) {
  return (
    <section className="card stack" aria-labelledby="history-heading">
      <h2 id="history-heading" style={{ marginTop: 0 }}>
        {heading}
      </h2>
      {entries.length === 0 ? (
        <p className="muted">No saved votes yet.</p>
      ) : (
        <ul className="history-list" data-testid="simulation-history">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className={`badge outcome-${entry.outcome}`}>{entry.outcome}</span> {entry.input.year}, {entry.input.matter}: {entry.statement}{" "}
              <span className="muted small">saved {new Date(entry.createdAt).toLocaleString("en-GB")}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
