/** The form-level message: role=alert so screen readers hear it; an icon so colour is not the only signal. */
export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      data-testid="form-error"
      className="flex gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      <span aria-hidden="true">⚠</span>
      <p>{message}</p>
    </div>
  );
}
