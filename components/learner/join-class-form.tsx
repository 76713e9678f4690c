"use client";

import Link from "next/link";
import { useActionState } from "react";
import { joinClassAction } from "@/lib/actions/classes";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function JoinClassForm({ code }: { code?: string }) {
  const [state, action] = useActionState(joinClassAction, undefined);
  if (state?.ok) {
    return (
      <div
        role="status"
        className="space-y-2 rounded-xl border border-emerald-300 bg-emerald-50 p-5"
        data-testid="joined"
      >
        <p className="font-semibold text-emerald-950">
          <span aria-hidden="true">✓ </span>
          {state.data.alreadyMember ? `You are already in ${state.data.name}.` : `You joined ${state.data.name}.`}
        </p>
        <p>
          Its assignments are on{" "}
          <Link href="/home" className="font-medium text-brand-700 underline">
            your home page
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" aria-label="Join a class">
      <Field
        name="code"
        label="Class code"
        autoComplete="off"
        autoCapitalize="characters"
        placeholder="ABCDE-FGHJK"
        defaultValue={state && !state.ok ? state.values?.code : code}
        error={state && !state.ok ? (state.fieldErrors?.code ?? state.error) : undefined}
        hint="10 letters and digits, from your teacher. Dashes and spaces do not matter."
      />
      <div className="w-40">
        <SubmitButton pendingLabel="Joining…">Join class</SubmitButton>
      </div>
    </form>
  );
}
