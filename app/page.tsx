import Link from "next/link";
import { getDb } from "@/lib/db";
import { getViewer } from "@/lib/http/session";
import { THEMES } from "@/lib/domain/themes";
import { getDesk, getOverview } from "@/lib/overview";
import { nounFor } from "@/lib/format";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const viewer = await getViewer();
  const [overview, desk] = await Promise.all([
    getOverview(getDb(), viewer),
    viewer ? getDesk(getDb(), viewer) : Promise.resolve(null),
  ]);
  return (
    <>
      <h1>Forecast Workbench</h1>
      {viewer && desk && (
        <section aria-labelledby="your-desk">
          <h2 id="your-desk">Your desk, {viewer.name}</h2>
          <div className="grid">
            <Link className="card" href="/forecast">
              <span className="stat">{desk.unforecast}</span>{" "}
              {desk.unforecast === 1 ? "open question" : "open questions"} you have not forecast yet
              {desk.unforecast > 0 ? ": start the quick entry" : ""}
            </Link>
            <Link className="card" href="/me">
              <span className="stat">{desk.forecastOpen}</span> open{" "}
              {desk.forecastOpen === 1 ? "question" : "questions"} with your forecast standing: your track record
            </Link>
            {desk.overdue > 0 && (
              <Link className="card" href="/resolve">
                <span className="stat">{desk.overdue}</span> {desk.overdue === 1 ? "question" : "questions"} you wrote{" "}
                {desk.overdue === 1 ? "is" : "are"} past {desk.overdue === 1 ? "its" : "their"} resolve-by date: resolve{" "}
                {desk.overdue === 1 ? "it" : "them"}
              </Link>
            )}
          </div>
        </section>
      )}

      <p className="lede">
        Analysts read articles full of predictions stated in words: “a kind of truce between them is soon expected”,
        “partnership is not in the cards”. The workbench turns them into explicit forecast questions with sharp
        resolution criteria, records what the authors’ words implied, and keeps score as the questions resolve.
      </p>

      <h2>At a glance</h2>
      <div className="grid">
        <Link className="card" href="/questions?status=open">
          <span className="stat">{overview.questions.open}</span> open {nounFor(overview.questions.open, "question")} to
          forecast
        </Link>
        <Link className="card" href="/questions?status=resolved">
          <span className="stat">{overview.questions.resolved}</span> resolved{" "}
          {nounFor(overview.questions.resolved, "question")}
        </Link>
        <Link className="card" href="/sources">
          <span className="stat">{overview.sources}</span> {nounFor(overview.sources, "source")}, {overview.excerpts}{" "}
          quoted {nounFor(overview.excerpts, "prediction")}
        </Link>
        <div className="card">
          <span className="stat">{overview.forecasts}</span> {nounFor(overview.forecasts, "forecast")} logged
        </div>
      </div>

      <h2>Where to start</h2>
      <div className="grid">
        <section className="card" aria-labelledby="start-forecast">
          <h3 id="start-forecast">Forecast</h3>
          <p>Put a number and a reason on the open questions, one after another, with the keyboard alone.</p>
          <Link href="/forecast">Quick entry</Link> · <Link href="/questions">Browse questions</Link>
        </section>
        <section className="card" aria-labelledby="start-review">
          <h3 id="start-review">How the 2017 predictions resolved</h3>
          <p>Who said what, the probability their words implied, what happened, and how well each author scored.</p>
          <Link href="/review">The review</Link> · <Link href="/practice">Try them blind</Link>
        </section>
        <section className="card" aria-labelledby="start-teams">
          <h3 id="start-teams">Calibrate as a team</h3>
          <p>Blind rounds, the reveal of the spread and the reasons, an update, and everyone’s calibration after.</p>
          <Link href="/teams">Teams</Link> · <Link href="/sessions">Your sessions</Link>
        </section>
        <section className="card" aria-labelledby="start-sources">
          <h3 id="start-sources">Sources</h3>
          <p>
            The 2017 and 2020 articles, their predictions, and any article you paste: the forecasts in it are found.
          </p>
          <Link href="/sources">Browse sources</Link> · <Link href="/sources/new">Add one</Link>
        </section>
      </div>

      <h2>Themes</h2>
      <ul className="meta" aria-label="Themes">
        {THEMES.filter((theme) => theme.slug !== "other").map((theme) => (
          <li key={theme.slug}>
            <Link href={`/questions?theme=${theme.slug}`}>{theme.label}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
