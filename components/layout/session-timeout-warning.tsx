"use client";

import { useActionState, useEffect, useState } from "react";

import type { ActionState } from "@/lib/actions";

type Props = {
  expiresAt: string;
  warnSeconds: number;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  labels: { warning: string; extend: string; extended: string };
};

/** Warns before the session ends (everything is saved per step) and lets the person extend it. */
export function SessionTimeoutWarning({ expiresAt, warnSeconds, action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const expiry = state?.ok && state.message ? state.message : expiresAt;
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const delay = new Date(expiry).getTime() - warnSeconds * 1000 - Date.now();
    const timer = setTimeout(() => setVisible(true), Math.max(0, delay));
    const hide = setTimeout(() => setVisible(false), 0);
    return () => {
      clearTimeout(timer);
      clearTimeout(hide);
    };
  }, [expiry, warnSeconds]);
  if (!visible) return state?.ok ? <p role="status" className="sr-only">{labels.extended}</p> : null;
  return (
    <div role="alert" className="border-b-4 border-[var(--color-focus)] bg-[#fff7e0] px-4 py-3">
      <form action={formAction} className="mx-auto flex max-w-5xl flex-wrap items-center gap-4">
        <p className="!mb-0 font-bold">{labels.warning}</p>
        <button type="submit" className="btn btn-secondary" disabled={pending}>{labels.extend}</button>
      </form>
    </div>
  );
}
