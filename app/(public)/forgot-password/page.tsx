import type { Metadata } from "next";
import { RequestResetForm } from "@/components/auth/password-reset-forms";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Reset your password</h1>
      <p className="text-muted">Tell us the email you signed up with and we&apos;ll send you a link to choose a new password.</p>
      <RequestResetForm />
    </div>
  );
}
