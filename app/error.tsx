"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="narrow card stack" data-testid="error-page">
      <h1>Something went wrong</h1>
      <p className="muted">The page could not be shown. Your saved work is safe. Try again in a moment.</p>
      <button type="button" className="button" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
