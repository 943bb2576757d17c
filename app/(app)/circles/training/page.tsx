import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CircleTrainingForm } from "@/components/circle/training-form";
import { myFacilitation } from "@/lib/dal/circle/circles";

export const metadata: Metadata = { title: "Facilitating a circle" };

export default async function CircleTrainingPage() {
  const facilitation = await myFacilitation();
  if (facilitation.kind === "not-mentor") notFound();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Facilitating a circle</h1>
      <p>Holding a group is different from supporting one person. These four situations come up in most circles. Choose what you would do; feedback appears as you choose. Answer every one, and the one marked “Safety first” right, to finish.</p>
      {facilitation.kind === "ready" ? <p className="font-medium">You&apos;ve finished the module. You can take it again any time.</p> : null}
      <CircleTrainingForm />
    </div>
  );
}
