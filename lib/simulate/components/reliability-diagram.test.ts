import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReliabilityDiagram } from "./reliability-diagram";

describe("the reliability diagram", () => {
  it("draws one dot per band that holds probabilities, and says in words what each shows", () => {
    const bins = [
      { from: 0, to: 0.1, count: 900, predicted: 0.03, observed: 0.02 },
      { from: 0.1, to: 0.2, count: 0, predicted: null, observed: null },
      { from: 0.9, to: 1, count: 400, predicted: 0.95, observed: 0.97 },
    ];
    const html = renderToStaticMarkup(createElement(ReliabilityDiagram, { bins }));
    expect(html.match(/<circle/g)).toHaveLength(2);
    expect(html).toContain('role="img"');
    expect(html).toContain("predicted 3%, happened 2% (900); predicted 95%, happened 97% (400)");
  });
});
