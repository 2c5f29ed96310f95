import type { DraftPrediction } from "@/lib/core/predict/predict-vote";
import { getTrackRecord, type Share } from "@/lib/core/predict/track-record";
import { ReliabilityDiagram } from "./components/reliability-diagram";

const percent = (value: number) => `${Math.round(value * 100)}%`;
const share = ({ correct, total }: Share) => percent(total === 0 ? 0 : correct / total);

/** How far to trust a prediction: the back-test's figures, as `npm run backtest -- --save` wrote them. */
function TrackRecordNote() {
  const record = getTrackRecord();
  return (
    <details className="small" data-testid="track-record">
      <summary>How reliable is this?</summary>
      <p>
        Tested on the Council&apos;s {record.outcome.model.total} drafts of {record.firstYear}–{record.lastYear}, each predicted only
        from votes cast before it: the likeliest outcome was right on {share(record.outcome.model)} of them (always guessing
        adoption: {share(record.outcome.allYes)}
        {record.outcome.naiveBayes ? <>; each member&apos;s habits by topic and sponsor: {share(record.outcome.naiveBayes)}</> : null}). On the{" "}
        {record.contestedDrafts} drafts that divided the Council, {share(record.contestedVotes.model)} of the members&apos; votes were predicted
        right (always guessing yes: {share(record.contestedVotes.allYes)}
        {record.contestedVotes.naiveBayes ? <>; habits by topic and sponsor: {share(record.contestedVotes.naiveBayes)}</> : null}).
        The vetoing member was named on {record.vetoes.correct} of {record.vetoes.total} vetoed drafts.
      </p>
      {record.calibration ? (
        <>
          <p>
            Are the percentages honest? When the record gave a member a chance of some vote, the diagram shows how often that
            vote was then cast: close to the diagonal, the chances can be read as stated (on average{" "}
            {Math.round(record.calibration.expectedCalibrationError * 1000) / 10} points off; Brier score{" "}
            {record.calibration.memberBrier.toFixed(3)}, where 0 is perfect; habits by topic and sponsor:{" "}
            {record.calibration.naiveBayesBrier.toFixed(3)}).
          </p>
          <ReliabilityDiagram bins={record.calibration.bins} />
        </>
      ) : null}
      <p>
        The record holds no draft texts and few sponsors before 2021, so rival drafts tabled the same day look alike to it:
        read a member&apos;s odds as evidence from its record, not as a forecast of its instructions.
      </p>
    </details>
  );
}

export function PredictionPanel({ prediction, names }: { prediction: DraftPrediction; names: Record<string, string> }) {
  const members = Object.keys(prediction.members).sort((left, right) => (names[left] ?? left).localeCompare(names[right] ?? right, "en"));
  const vetoers = Object.entries(prediction.vetoBy)
    .filter(([, probability]) => probability >= 0.005)
    .sort((left, right) => right[1] - left[1]);
  const swing = [...prediction.swing].sort((left, right) => right.swing - left.swing).filter((entry) => entry.swing >= 0.01).slice(0, 5);
  return (
    <section className="card stack" aria-labelledby="prediction-heading" data-testid="prediction">
      <h2 id="prediction-heading" style={{ marginTop: 0 }}>
        Prediction from the Council&apos;s record
      </h2>
      <p className="small" data-testid="read-as">
        {prediction.readAs.agendaItem ? (
          <>
            Read from the record as the agenda item &ldquo;{prediction.readAs.agendaItem}&rdquo;
            {prediction.readAs.topic ? <> (topic: {prediction.readAs.topic})</> : null}.
          </>
        ) : (
          <>No agenda item of the record matches, so each member is predicted from its general record.</>
        )}{" "}
        {prediction.evidenceBefore && prediction.lastVoteRead ? (
          <>Only votes cast before {prediction.evidenceBefore} are read (the latest: {prediction.lastVoteRead}).</>
        ) : (
          <>Every vote of the record is read{prediction.lastVoteRead ? <> (through {prediction.lastVoteRead})</> : null}.</>
        )}
      </p>
      <div className="odds" data-testid="outcome-odds">
        <div className="odds-item outcome-adopted">
          <span className="odds-value">{percent(prediction.outcome.adopted)}</span> adopted
        </div>
        <div className="odds-item outcome-vetoed">
          <span className="odds-value">{percent(prediction.outcome.vetoed)}</span> vetoed
        </div>
        <div className="odds-item outcome-failed">
          <span className="odds-value">{percent(prediction.outcome.failed)}</span> fails for lack of votes
        </div>
      </div>
      <p className="small muted">
        Exact odds from each member&apos;s probabilities under Article 27 (no sampling).
        {vetoers.length ? ` Likely veto by: ${vetoers.map(([iso3, p]) => `${names[iso3] ?? iso3} (${percent(p)})`).join(", ")}.` : " No veto is likely."}
      </p>
      <TrackRecordNote />
      {swing.length ? (
        <p className="small" data-testid="swing">
          <strong>Who could swing it:</strong>{" "}
          {swing.map((entry) => `${names[entry.iso3] ?? entry.iso3} (adoption ${percent(entry.adoptedIfYes)} if yes, ${percent(entry.adoptedIfNo)} if no)`).join("; ")}.
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data prediction-table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Yes</th>
              <th scope="col">No</th>
              <th scope="col">Abstain</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {members.map((iso3) => {
              const p = prediction.members[iso3];
              return (
                <tr key={iso3} data-testid={`prediction-${iso3}`}>
                  <th scope="row">{names[iso3] ?? iso3}</th>
                  <td>{percent(p.Y)}</td>
                  <td>{percent(p.N)}</td>
                  <td>{percent(p.A)}</td>
                  <td>
                    <ul className="reasons">
                      {(prediction.reasons[iso3] ?? []).map((reason, index) => (
                        <li key={index}>{reason}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
