/** Text with the parts a search matched in <mark>; the API sends parts, never markup. */
export function MarkedText({ parts }: { parts: readonly { text: string; match: boolean }[] }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
