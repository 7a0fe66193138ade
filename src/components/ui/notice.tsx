import type { ReactNode } from 'react';

/** A notice the page gives about the scenario (`.notice`): a region named by `label`. */
export function Notice({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <section className="notice" aria-label={label}>
      {children}
    </section>
  );
}
