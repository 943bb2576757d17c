const tones = {
  info: "border-line bg-surface",
  success: "border-brand bg-brand-soft",
  error: "border-danger bg-danger-soft",
  help: "border-help bg-help-soft",
} as const;

/**
 * A boxed message. Errors are announced at once (role="alert"); other
 * notices politely (role="status").
 */
export function Notice({
  tone = "info",
  title,
  children,
}: {
  tone?: keyof typeof tones;
  title?: string;
  children?: React.ReactNode;
}) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-lg border-l-4 p-4 ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
