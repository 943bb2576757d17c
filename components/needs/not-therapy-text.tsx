import { NOT_THERAPY_TEXT } from "@/lib/profiles/acknowledgment";

/** The versioned "not therapy" text, exactly as it is acknowledged. */
export function NotTherapyText() {
  return (
    <section aria-labelledby="not-therapy-heading" className="flex flex-col gap-3 rounded-xl border-l-4 border-help bg-help-soft p-5">
      <h2 id="not-therapy-heading" className="text-lg font-semibold">
        {NOT_THERAPY_TEXT.heading}
      </h2>
      {NOT_THERAPY_TEXT.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  );
}
