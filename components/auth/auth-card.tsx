import type { ReactNode } from 'react';

/** The centred card of the public pages (login, password reset). */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-50 to-stone-100 px-4">
      <div className="w-full max-w-sm rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <p className="text-2xl font-bold text-brand-800">Venda</p>
        <h1 className="mt-2 text-lg font-semibold text-stone-900">{title}</h1>
        {subtitle ? <p className="mb-6 text-sm text-stone-600">{subtitle}</p> : <div className="mb-6" />}
        {children}
      </div>
    </main>
  );
}
