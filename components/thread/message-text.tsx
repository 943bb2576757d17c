import { splitLinks } from "@/lib/thread/links";

/**
 * A message as plain text: line breaks kept by CSS (whitespace-pre-wrap),
 * web links turned into links by splitting the text in React — never by
 * parsing it as HTML. Links open in a new tab and carry no referrer.
 */
export function MessageText({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {splitLinks(text).map((piece, i) =>
        piece.kind === "link" ? (
          <a key={i} href={piece.href} target="_blank" rel="noopener noreferrer nofollow ugc" className="underline">
            {piece.text}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          piece.text
        ),
      )}
    </p>
  );
}
