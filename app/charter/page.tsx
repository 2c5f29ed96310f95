import type { Metadata } from "next";
import { getArticle, listChapters } from "@/lib/core/un/charter";

export const metadata: Metadata = { title: "The Charter, as drafts cite it" };

/** The chapters and the articles drafts cite, with short headings: where a citation in a draft links to. */
export default function CharterPage() {
  return (
    <div className="stack charter-page">
      <h1>The Charter, as drafts cite it</h1>
      <p className="muted">
        The 19 chapters and 111 articles of the Charter of the United Nations, with short descriptions (not the Charter&apos;s
        text) of the articles Council drafts cite. Citations in a draft&apos;s preview link here.
      </p>
      {listChapters().map((chapter) => {
        const articles = Array.from({ length: chapter.lastArticle - chapter.firstArticle + 1 }, (_, index) => getArticle(chapter.firstArticle + index)!);
        const described = articles.filter((article) => article.heading);
        return (
          <section key={chapter.chapter} id={`chapter-${chapter.chapter}`} className="card" aria-labelledby={`chapter-${chapter.chapter}-heading`}>
            <h2 id={`chapter-${chapter.chapter}-heading`}>
              Chapter {chapter.chapter}. {chapter.title}
            </h2>
            <p className="muted small">
              Articles {chapter.firstArticle}–{chapter.lastArticle}
            </p>
            {described.length ? (
              <dl className="charter-articles">
                {described.map((article) => (
                  <div key={article.article}>
                    <dt id={`article-${article.article}`}>Article {article.article}</dt>
                    <dd>
                      {article.heading}
                      {article.paragraphHeadings ? (
                        <ol>
                          {article.paragraphHeadings.map((heading, index) => (
                            <li key={index}>{heading}</li>
                          ))}
                        </ol>
                      ) : null}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
