"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR, COUNCIL_YEARS_NEWEST_FIRST } from "@/lib/core/un/council";


export function YearPicker({ year }: { year: number }) {
  const router = useRouter();
  return (
    <form className="year-nav" action="/council" method="get">
      <div>
        <label htmlFor="council-year">Year</label>
        <select id="council-year" name="year" defaultValue={year} onChange={(event) => router.push(`/council?year=${event.target.value}`)}>
          {COUNCIL_YEARS_NEWEST_FIRST.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <noscript>
        <button type="submit" className="button">
          Show
        </button>
      </noscript>
      {year > COUNCIL_FIRST_YEAR ? (
        <Link className="button button-quiet" href={`/council?year=${year - 1}`} aria-label={`Previous year, ${year - 1}`}>
          ← {year - 1}
        </Link>
      ) : null}
      {year < COUNCIL_LAST_YEAR ? (
        <Link className="button button-quiet" href={`/council?year=${year + 1}`} aria-label={`Next year, ${year + 1}`}>
          {year + 1} →
        </Link>
      ) : null}
    </form>
  );
}
