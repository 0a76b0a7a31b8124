// Rationales are Markdown written by users: rendered without raw HTML, and links cannot run script.
import ReactMarkdown from "react-markdown";

const SAFE_PROTOCOL = /^(https?:|mailto:|#|\/)/i;

export function Markdown({ text }: { text: string }) {
  return (
    <div className="rationale">
      <ReactMarkdown skipHtml urlTransform={(url) => (SAFE_PROTOCOL.test(url) ? url : "")}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
