import { createContext, memo, type ReactNode, Suspense, useContext, useEffect, useState } from 'react';
import { type LazyLoader, LazyPart } from './retryable-lazy';

/**
 * Parts of the prerendered page whose code is not in the first view. On the build's HTML, React
 * hydrates the rest of the page at once and leaves each island's HTML on screen until its code has
 * arrived, then hydrates it too. Opened any other way, an island shows its placeholder until then.
 *
 * An island still waiting for its code must not receive an update (React would drop its HTML and show
 * the placeholder instead): it takes no props, and the page holds back a change of its shared facts
 * (today, the locale, the address) until every island has hydrated (`useIslandsHydrated`).
 */
interface IslandRegistry {
  readonly waiting: (id: string) => void;
  readonly hydrated: (id: string) => void;
}

const IslandContext = createContext<IslandRegistry | null>(null);

/** Provides the registry; `allHydrated` is true once every island that rendered has hydrated. */
export function useIslandsHydrated(): { readonly registry: IslandRegistry; readonly allHydrated: boolean } {
  const [allHydrated, setAllHydrated] = useState(false);
  const [registry] = useState<IslandRegistry & { readonly settle: () => void }>(() => {
    const pending = new Set<string>();
    const arrived = new Set<string>();
    const settle = () => {
      if (pending.size === 0) setAllHydrated(true);
    };
    return {
      waiting: (id) => {
        if (!arrived.has(id)) pending.add(id);
      },
      hydrated: (id) => {
        arrived.add(id);
        pending.delete(id);
        settle();
      },
      settle,
    };
  });
  // Children's effects run first: by now every island has said whether it waits.
  useEffect(() => registry.settle(), [registry]);
  return { registry, allHydrated };
}

export function IslandsProvider({
  registry,
  children,
}: {
  readonly registry: IslandRegistry;
  readonly children: ReactNode;
}) {
  return <IslandContext.Provider value={registry}>{children}</IslandContext.Provider>;
}

/** Says, once it has committed (its island's HTML hydrated, or rendered), that the island is in place. */
function Arrived({ id, registry }: { readonly id: string; readonly registry: IslandRegistry | null }) {
  useEffect(() => registry?.hydrated(id), [id, registry]);
  return null;
}

interface LazyIslandProps {
  readonly id: string;
  readonly loader: LazyLoader;
  /** What shows while the code loads ("Loading the comparison table…"). */
  readonly placeholder: string;
}

function LazyIslandPart({ id, loader, placeholder }: LazyIslandProps) {
  const registry = useContext(IslandContext);
  useEffect(() => registry?.waiting(id), [id, registry]);
  return (
    <Suspense fallback={<p className="field-hint">{placeholder}</p>}>
      <LazyPart loader={loader} />
      <Arrived id={id} registry={registry} />
    </Suspense>
  );
}

/** A lazily loaded part of the page that hydrates on its own once its code arrives (see above). */
export const LazyIsland = memo(LazyIslandPart);
