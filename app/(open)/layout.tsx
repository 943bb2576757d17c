import { OpenPageShell } from "@/components/page-shell";

/**
 * Pages with nothing personal on them. Their layout never reads the session,
 * so a page here with nothing dynamic of its own is prerendered at build time
 * and served with a hash-based CSP (lib/security/static-pages.ts).
 */
export default function OpenLayout({ children }: { children: React.ReactNode }) {
  return <OpenPageShell>{children}</OpenPageShell>;
}
