// One question in the list: its title and facts, and beside them the numbers a forecaster scans
// for (the crowd now, their own latest, how many forecast it).
import Link from "next/link";
import { OutcomeLabel } from "@/components/outcome-label";
import { StatusBadge } from "@/components/status-badge";
import { ThemeTags } from "@/components/theme-tags";
import type { QuestionStatus } from "@/lib/domain/question-status";
import { leadingOption } from "@/lib/forecasts/leading-option";
import { formatDate, formatPercent } from "@/lib/format";
import type { QuestionSummary } from "@/lib/questions/list";
import styles from "./questions-list.module.css";

type Props = {
  question: QuestionSummary;
  status: QuestionStatus;
  signedIn: boolean;
  /** The title's heading level: h3 where the list sits under a section's own h2. */
  titleLevel?: "h2" | "h3";
};

export function QuestionRow({ question, status, signedIn, titleLevel = "h2" }: Props) {
  const { numbers } = question;
  const Title = titleLevel;
  return (
    <li className={styles.row}>
      <div className={styles.about}>
        <Title>
          <Link href={`/questions/${question.id}`}>{question.title}</Link>
        </Title>
        <p className="meta">
          <StatusBadge status={status} />
          <ThemeTags slugs={question.themes.map((theme) => theme.themeSlug)} />
          <span>Closes {formatDate(question.closeAt)}</span>
          {question.currentResolution && (
            <span>
              Resolved{" "}
              <OutcomeLabel
                outcome={question.currentResolution.outcome}
                option={question.currentResolution.option?.label}
              />
            </span>
          )}
          {(question.conditionQuestionId || question.conditionHidden) && <span>Conditional</span>}
          {question.type === "MULTIPLE_CHOICE" && <span>Multiple choice</span>}
          <span>
            {question._count.excerpts} {question._count.excerpts === 1 ? "excerpt" : "excerpts"}
          </span>
        </p>
      </div>
      <dl className={styles.numbers}>
        <div>
          <dt>Crowd</dt>
          <dd>
            {numbers.crowd ? (
              <Probability question={question} probs={numbers.crowd} />
            ) : (
              <span className={styles.none}>{numbers.crowdHidden ? "Hidden until you forecast" : "No forecasts"}</span>
            )}
          </dd>
        </div>
        {signedIn && (
          <div>
            <dt>You</dt>
            <dd>
              {numbers.mine ? (
                <Probability question={question} probs={numbers.mine.probs} />
              ) : status === "open" ? (
                <span className={styles.notYet}>Not forecast yet</span>
              ) : (
                <span className={styles.none}>Not forecast</span>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>Forecasters</dt>
          <dd>
            <span className={styles.figure}>{numbers.forecasters}</span>
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** "62%" (the chance of Yes), or the leading option: "48% Truce". */
function Probability({ question, probs }: { question: QuestionSummary; probs: number[] }) {
  if (question.type !== "MULTIPLE_CHOICE") return <span className={styles.figure}>{formatPercent(probs[0]!)}</span>;
  const lead = leadingOption(probs);
  return (
    <>
      <span className={styles.figure}>{formatPercent(lead.probability)}</span>{" "}
      <span className={styles.option}>{question.options[lead.index]?.label}</span>
    </>
  );
}
