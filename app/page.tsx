import Link from "next/link";

export default function HomePage() {
  return (
    <>
      <section className="hero">
        <h1>Draft, vote and export Security Council resolutions — in true UN form</h1>
        <p>
          For Model UN delegates, teachers running classroom simulations and students of international law: write a
          draft that reads like a real Council document, see how the Council would vote under Article 27 of the
          Charter, and hand in a clean Word file.
        </p>
        <div className="row">
          <Link href="/drafts" className="button">
            Open my drafts
          </Link>
          <Link href="/council" className="button button-quiet">
            See the Council of any year
          </Link>
        </div>
      </section>
      <div className="feature-grid">
        <section className="card">
          <h2>Draft in UN form</h2>
          <p className="muted">Opening phrases in italics, numbered operative paragraphs and punctuation derived for you, with checks a UN editor would make.</p>
        </section>
        <section className="card">
          <h2>Vote by the Charter</h2>
          <p className="muted">Nine votes and no veto on substance; abstention is no veto; parties to a dispute abstain under Chapter VI.</p>
        </section>
        <section className="card">
          <h2>Predict from the record</h2>
          <p className="muted">Each member&apos;s likely vote from the Council&apos;s votes since 1994, with reasons and exact odds.</p>
        </section>
        <section className="card">
          <h2>Export to Word</h2>
          <p className="muted">A .docx with the UN masthead, or the style of your Model UN conference.</p>
        </section>
      </div>
    </>
  );
}
