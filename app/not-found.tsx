import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no such question or source, or you cannot see it.</p>
      <p>
        <Link href="/questions">Browse the questions</Link> or <Link href="/sources">the sources</Link>.
      </p>
    </>
  );
}
