import { useEffect, useRef, useState } from 'react';
import type { Route } from '../../domain/rates/route';

interface CustomRouteActionsProps {
  readonly route: Route;
  /** "Kimi K2.6 via My Host": names the buttons. */
  readonly routeName: string;
  readonly onEdit: (route: Route) => void;
  readonly onDelete: (routeId: string) => void;
}

/**
 * Edit and delete for a route the user added. Deleting asks once more, in place; keyboard focus
 * moves to "Keep" when asked and back to "Delete" when kept.
 */
export function CustomRouteActions({ route, routeName, onEdit, onDelete }: CustomRouteActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    (confirming ? keepRef : deleteRef).current?.focus();
  }, [confirming]);

  function ask(next: boolean) {
    moved.current = true;
    setConfirming(next);
  }

  if (confirming) {
    return (
      // biome-ignore lint/a11y/useSemanticElements: a fieldset would need a legend; this is a small button group.
      <div className="rates__actions" role="group" aria-label={`Delete ${routeName}?`}>
        <button
          type="button"
          className="small-button"
          aria-label={`Yes, delete ${routeName}`}
          onClick={() => onDelete(route.id)}
        >
          Yes, delete
        </button>
        <button
          ref={keepRef}
          type="button"
          className="small-button"
          aria-label={`Keep ${routeName}`}
          onClick={() => ask(false)}
        >
          Keep
        </button>
      </div>
    );
  }
  return (
    <div className="rates__actions">
      <button
        type="button"
        className="small-button"
        aria-label={`Edit ${routeName}`}
        onClick={() => onEdit(route)}
      >
        Edit
      </button>
      <button
        ref={deleteRef}
        type="button"
        className="small-button"
        aria-label={`Delete ${routeName}`}
        onClick={() => ask(true)}
      >
        Delete
      </button>
    </div>
  );
}
