import type { Metadata } from "next";
import Link from "next/link";
import { ScrollBox } from "@/components/scroll-box";
import { calendarFeedSince } from "@/lib/calendar/feeds";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { requireViewer } from "@/lib/http/session";
import { WEBHOOK_EVENT_LABELS, type WebhookEvent } from "@/lib/webhooks/events";
import { listDeliveries, listWebhooks, teamsForWebhooks } from "@/lib/webhooks/manage";
import { addWebhook, newCalendarUrl, removeWebhook, revokeCalendarUrl, sendTest } from "./actions";
import { AddWebhookForm } from "./add-webhook-form";
import { CalendarFeedControls } from "./calendar-feed-controls";
import { WebhookButtons } from "./webhook-buttons";

export const metadata: Metadata = { title: "Webhooks and calendar" };
export const dynamic = "force-dynamic";

const RECENT_DELIVERIES = 10;

const when = (date: Date) => (
  <time dateTime={date.toISOString()} title={`${date.toISOString().slice(0, 16).replace("T", " ")} UTC`}>
    {formatDate(date)}
  </time>
);

/** Deliveries are retried within minutes: the log shows the time too. */
const at = (date: Date) => (
  <time dateTime={date.toISOString()}>
    {formatDate(date)}, {date.toISOString().slice(11, 16)} UTC
  </time>
);

const eventLabel = (event: string) => WEBHOOK_EVENT_LABELS[event as WebhookEvent] ?? event;

export default async function IntegrationsPage() {
  const viewer = await requireViewer("/settings/integrations");
  const db = getDb();
  const [webhooks, teams, calendarSince] = await Promise.all([
    listWebhooks(db, viewer),
    teamsForWebhooks(db, viewer),
    calendarFeedSince(db, viewer.userId),
  ]);
  const logs = await Promise.all(
    webhooks.map((webhook) => listDeliveries(db, viewer, webhook.id, { limit: RECENT_DELIVERIES })),
  );

  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Webhooks and calendar</h1>
      <p className="lede">
        Tell a chat channel or another system what happens to your questions, and put their dates in your calendar.
      </p>

      <section aria-labelledby="webhooks">
        <h2 id="webhooks">Webhooks</h2>
        <p>
          A webhook POSTs a JSON message to a URL when something happens: in Slack’s format (works with Slack and
          Mattermost incoming webhooks) or as a plain JSON document. A personal webhook reports what you may see; a
          team’s reports that team’s questions and sessions. Each message is signed: the{" "}
          <code>X-Workbench-Signature</code> header is <code>sha256=</code> and the HMAC-SHA256 of the body with the
          webhook’s secret. Forecasts are announced without their numbers.
        </p>
        {webhooks.length === 0 ? (
          <p className="muted">No webhooks yet.</p>
        ) : (
          <ul style={{ listStyle: "none", padding: 0 }}>
            {webhooks.map((webhook, index) => {
              const log = logs[index]!;
              return (
                <li key={webhook.id} className="card">
                  <h3 style={{ overflowWrap: "anywhere" }}>{webhook.url}</h3>
                  <dl className="facts">
                    <dt>For</dt>
                    <dd>{webhook.team ? `Team ${webhook.team.name}` : "You"}</dd>
                    <dt>Format</dt>
                    <dd>{webhook.format === "slack" ? "Slack" : "JSON"}</dd>
                    <dt>Events</dt>
                    <dd>{webhook.events.map(eventLabel).join("; ")}</dd>
                    <dt>Added</dt>
                    <dd>
                      {when(webhook.createdAt)} by {webhook.createdBy}
                    </dd>
                  </dl>
                  <WebhookButtons webhookId={webhook.id} url={webhook.url} sendTest={sendTest} remove={removeWebhook} />
                  {log.items.length === 0 ? (
                    <p className="muted">Nothing sent yet.</p>
                  ) : (
                    <ScrollBox label={`Latest deliveries to ${webhook.url}`}>
                      <table className="data-table">
                        <caption>Latest deliveries</caption>
                        <thead>
                          <tr>
                            <th scope="col">Event</th>
                            <th scope="col">Queued</th>
                            <th scope="col">Status</th>
                            <th scope="col">Attempts</th>
                            <th scope="col">Answer</th>
                          </tr>
                        </thead>
                        <tbody>
                          {log.items.map((delivery) => (
                            <tr key={delivery.id}>
                              <td>{delivery.event}</td>
                              <td>{at(delivery.createdAt)}</td>
                              <td>
                                {delivery.status === "pending" && delivery.nextAttemptAt ? (
                                  <>Next try {at(delivery.nextAttemptAt)}</>
                                ) : delivery.status === "delivered" ? (
                                  "Delivered"
                                ) : (
                                  "Failed"
                                )}
                              </td>
                              <td>{delivery.attempts}</td>
                              <td>{delivery.lastStatusCode ?? delivery.lastError ?? "—"}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </ScrollBox>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <AddWebhookForm add={addWebhook} teams={teams} />
      </section>

      <section aria-labelledby="calendar">
        <h2 id="calendar">Calendar feed</h2>
        <p>
          A private address your calendar application can subscribe to: the close and resolve-by dates of the unresolved
          questions you created, forecast on, or that belong to your teams. Anyone with the address can read those
          titles and dates, so keep it private; making a new one stops the old one.
        </p>
        <CalendarFeedControls
          since={calendarSince ? formatDate(calendarSince) : null}
          create={newCalendarUrl}
          revoke={revokeCalendarUrl}
        />
      </section>
    </>
  );
}
