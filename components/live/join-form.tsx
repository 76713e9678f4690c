"use client";

import Link from "next/link";
import { useActionState } from "react";
import { joinLiveGameAction } from "@/lib/actions/live";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** PIN, and for people not signed in a nickname (used only where the host lets guests play). */
export function JoinLiveForm({ pin, signedInAs }: { pin?: string; signedInAs: string | null }) {
  const [state, action] = useActionState(joinLiveGameAction, undefined);
  const failed = state && !state.ok ? state : null;
  const pinValue = failed?.values?.pin ?? pin ?? "";
  const signIn = `/sign-in?callbackUrl=${encodeURIComponent(`/live${pinValue ? `?pin=${pinValue}` : ""}`)}`;
  return (
    <form action={action} className="space-y-5" aria-label="Join a live game">
      <Field
        name="pin"
        label="Game PIN"
        inputMode="numeric"
        autoComplete="off"
        placeholder="123 456"
        maxLength={9}
        defaultValue={pinValue}
        error={failed?.fieldErrors?.pin}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-3 text-center font-mono text-3xl tracking-widest"
        hint="The 6 digits on your teacher's screen."
      />
      {signedInAs ? (
        <p className="text-slate-700">
          You will play as <strong>{signedInAs}</strong>; the game goes into your history and review.
        </p>
      ) : (
        <>
          <Field
            name="nickname"
            label="Nickname (guests)"
            autoComplete="off"
            maxLength={20}
            defaultValue={failed?.values?.nickname}
            error={failed?.fieldErrors?.nickname}
            hint="2–20 characters. Only if your teacher lets guests play; it is erased when the game closes."
          />
          <p className="text-sm text-slate-700">
            Have an account?{" "}
            <Link href={signIn} className="font-medium text-brand-700 underline">
              Sign in
            </Link>{" "}
            so the game lands in your history and review.
          </p>
        </>
      )}
      <FormAlert
        message={failed && !failed.fieldErrors?.pin && !failed.fieldErrors?.nickname ? failed.error : undefined}
      />
      {failed && /sign in/i.test(failed.error) && (
        <p>
          <Link href={signIn} className="font-medium text-brand-700 underline">
            Sign in and come back to this game
          </Link>
        </p>
      )}
      <SubmitButton pendingLabel="Joining…">Join the game</SubmitButton>
    </form>
  );
}
