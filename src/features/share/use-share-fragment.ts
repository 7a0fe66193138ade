import { useEffect, useState } from 'react';
import { COMFORTABLE_LINK_LENGTH } from '../../domain/share-link/share-link';
import { compressFragment } from '../../lib/link-compression';
import { useScenarioFragment } from '../../store/use-scenario-link';

/** The fragment to share: the readable link, or its compressed form when it would be too long. */
export function useShareFragment(): string {
  const plain = useScenarioFragment();
  const [compressed, setCompressed] = useState<{ plain: string; fragment: string } | null>(null);
  const isLong = plain.length > COMFORTABLE_LINK_LENGTH;
  useEffect(() => {
    if (!isLong) return;
    let current = true;
    compressFragment(plain)
      .then((fragment) => {
        if (current) setCompressed({ plain, fragment });
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [plain, isLong]);
  return isLong && compressed?.plain === plain ? compressed.fragment : plain;
}
