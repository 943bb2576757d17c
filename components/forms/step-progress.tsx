/** "Step 3 of 8: Your rhythm", with a visual bar; the text is what a screen reader reads. */
export function StepProgress({ step, total, title }: { step: number; total: number; title: string }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-muted">
        Step {step} of {total}
        <span className="sr-only">: {title}</span>
      </p>
      <div className="h-2 w-full overflow-hidden rounded-full bg-line" aria-hidden="true">
        <div className="h-full rounded-full bg-brand" style={{ width: `${Math.round((step / total) * 100)}%` }} />
      </div>
    </div>
  );
}
