// Rationales are Markdown written by users: rendered without raw HTML, and links cannot run script.
import ReactMarkdown, { type Components } from "react-markdown";

const SAFE_PROTOCOL = /^(https?:|mailto:|#|\/)/i;

// A link whose address was refused (javascript:, data: …) keeps its words but is no link: an
// empty href would otherwise point back at the page itself.
const components: Components = {
  a: ({ href, children }) => (href ? <a href={href}>{children}</a> : <span>{children}</span>),
};

export function Markdown({ text }: { text: string }) {
  return (
    <div className="rationale">
      <ReactMarkdown skipHtml urlTransform={(url) => (SAFE_PROTOCOL.test(url) ? url : "")} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
