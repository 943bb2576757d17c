import { myUnreadNotificationCount } from "@/lib/dal/notifications/bell";
import { currentViewer } from "@/lib/dal/account/viewer";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, main landmark and footer around a page, for its viewer. */
export async function PageShell({ children, width = "max-w-3xl" }: { children: React.ReactNode; width?: string }) {
  const viewer = await currentViewer();
  const unread = viewer ? await myUnreadNotificationCount() : 0;
  return (
    <Frame header={<SiteHeader viewer={viewer} unread={unread} />} width={width}>
      {children}
    </Frame>
  );
}

/**
 * The same frame without reading the session, so the page under it can be
 * prerendered once for everyone (app/(open)/).
 */
export function OpenPageShell({ children }: { children: React.ReactNode }) {
  return <Frame header={<SiteHeader viewer="unknown" />}>{children}</Frame>;
}

function Frame({ header, children, width = "max-w-3xl" }: { header: React.ReactNode; children: React.ReactNode; width?: string }) {
  return (
    <>
      {header}
      {/* A page that marks itself data-wide (a relationship's thread) gets the header's width. */}
      <main id="main" className={`mx-auto ${width} px-4 py-8 has-[[data-wide]]:max-w-5xl has-[[data-wide]]:py-4`}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
