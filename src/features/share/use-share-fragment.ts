import { useEffect, useState } from 'react';
import { shareFragment, travelsCompressed } from '../../lib/share-fragment';
import { useScenarioFragment } from '../../store/use-scenario-link';

/** The fragment to share: the readable link, or its compressed form when it would be too long. */
export function useShareFragment(): string {
  const plain = useScenarioFragment();
  const [compressed, setCompressed] = useState<{ plain: string; fragment: string } | null>(null);
  const isLong = travelsCompressed(plain);
  useEffect(() => {
    if (!isLong) return;
    let current = true;
    void shareFragment(plain).then((fragment) => {
      if (current) setCompressed({ plain, fragment });
    });
    return () => {
      current = false;
    };
  }, [plain, isLong]);
  return isLong && compressed?.plain === plain ? compressed.fragment : plain;
}
