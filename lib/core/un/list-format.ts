/**
 * "A", "A and B", "A, B and C": lists in running text as the UN writes them, with "and" before
 * the last item and no serial comma (UN Editorial Manual). British English conjunction lists give
 * exactly that; an empty list gives an empty string.
 */
const CONJUNCTION = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

export function joinWithAnd(items: readonly string[]): string {
  return CONJUNCTION.format(items);
}
