import { initialsOf } from "@/lib/profiles/initials";

export function Avatar({ name, size = "md" }: { name: string; size?: "sm" | "md" }) {
  const box = size === "sm" ? "size-8 text-xs" : "size-12 text-base";
  return (
    <span aria-hidden="true" className={`inline-flex ${box} shrink-0 items-center justify-center rounded-full bg-brand-soft font-semibold text-brand`}>
      {initialsOf(name)}
    </span>
  );
}
