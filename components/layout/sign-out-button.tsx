import { signOutAction } from "@/app/(public)/sign-in/actions";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="btn-link text-white hover:text-white">{label}</button>
    </form>
  );
}
