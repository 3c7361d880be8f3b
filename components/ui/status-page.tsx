import { ButtonLink } from './button';

/** A full-page status message (403, 404) with a way back home. */
export function StatusPage({ code, title, body, backLabel }: { code: string; title: string; body: string; backLabel: string }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-5xl font-bold text-brand-700">{code}</p>
        <h1 className="mt-4 text-xl font-semibold">{title}</h1>
        <p className="mt-2 text-stone-600">{body}</p>
        <ButtonLink href="/" className="mt-6">
          {backLabel}
        </ButtonLink>
      </div>
    </main>
  );
}
