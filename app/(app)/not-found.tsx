import { NotFoundMessage } from "@/components/not-found-message";

/** A page of this group called notFound(): its layout already draws the shell. */
export default function NotFound() {
  return <NotFoundMessage />;
}
