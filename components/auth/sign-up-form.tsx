"use client";

import { useActionState } from "react";
import Link from "next/link";
import { signUpAction } from "@/lib/actions/auth";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/password-rules";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction] = useActionState(signUpAction, undefined);
  const failed = state && !state.ok ? state : undefined;
  const role = failed?.values?.role ?? "STUDENT";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={failed && !failed.fieldErrors ? failed.error : undefined} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field
        name="name"
        label="Your name"
        autoComplete="name"
        required
        defaultValue={failed?.values?.name}
        error={failed?.fieldErrors?.name}
      />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values?.email}
        error={failed?.fieldErrors?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={failed?.fieldErrors?.password}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">I am joining as</legend>
        <div className="grid grid-cols-2 gap-2">
          {[
            { value: "STUDENT", label: "A learner", detail: "Take quizzes, review mistakes" },
            { value: "TEACHER", label: "A teacher", detail: "Make and assign quizzes" },
          ].map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer gap-2 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="role"
                value={option.value}
                defaultChecked={role === option.value}
                className="mt-1 accent-brand-600"
              />
              <span>
                <span className="block text-sm font-medium">{option.label}</span>
                <span className="block text-xs text-slate-600">{option.detail}</span>
              </span>
            </label>
          ))}
        </div>
        {failed?.fieldErrors?.role && <p className="text-sm text-red-700">⚠ {failed.fieldErrors.role}</p>}
      </fieldset>
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
