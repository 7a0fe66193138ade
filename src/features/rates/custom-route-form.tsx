import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Card } from '../../components/ui/card';
import { TextField } from '../../components/ui/text-field';
import {
  type CustomRouteDraft,
  type CustomRouteField,
  customRouteNotes,
  customRouteToDraft,
  EMPTY_CUSTOM_ROUTE_DRAFT,
  readCustomRoute,
} from '../../domain/rates/custom-route';
import { providerLabel, type Route, routeName } from '../../domain/rates/route';
import { useToday } from '../../lib/today';
import { useTypingLocale } from '../../lib/typing-locale';
import { CUSTOM_ROUTE_FIELDS } from './custom-route-fields';

export interface CustomRouteFormProps {
  /** Every route in the sheet: a new route's id is made distinct from theirs. */
  readonly routes: readonly Route[];
  readonly sheetDate: string;
  /** The custom route being edited, or null to add one. */
  readonly editing: Route | null;
  onSave(route: Route): void;
  onCancel(): void;
  /** Today's date, YYYY-MM-DD; defaults to the app shell's today (tests pass one). */
  readonly today?: string;
}

/**
 * Adds a route, or edits one the user added. Problems appear next to their fields once the user
 * tries to save, and follow the user's corrections; focus goes to the first field to fix, and to
 * the first field when a route is chosen for editing.
 */
export function CustomRouteForm({
  routes,
  sheetDate,
  editing,
  onSave,
  onCancel,
  today,
}: CustomRouteFormProps) {
  const editingId = editing?.id ?? null;
  const locale = useTypingLocale();
  const shellToday = useToday();
  const [shownFor, setShownFor] = useState(editingId);
  const [draft, setDraft] = useState<CustomRouteDraft>(
    editing ? customRouteToDraft(editing, locale) : EMPTY_CUSTOM_ROUTE_DRAFT,
  );
  const [checking, setChecking] = useState(false);
  const [status, setStatus] = useState('');
  const fields = useRef(new Map<CustomRouteField, HTMLElement>());

  if (editingId !== shownFor) {
    // Another route to edit (or back to adding): start from its texts.
    setShownFor(editingId);
    setDraft(editing ? customRouteToDraft(editing, locale) : EMPTY_CUSTOM_ROUTE_DRAFT);
    setChecking(false);
  }

  useEffect(() => {
    // Choosing a route to edit (its Edit button sits elsewhere on the page) brings focus to the form.
    if (editingId !== null) fields.current.get('modelName')?.focus();
  }, [editingId]);

  const read = () =>
    readCustomRoute(draft, routes, { today: today ?? shellToday, sheetDate, editingId, locale });
  const reading = checking ? read() : null;
  const notes = customRouteNotes(draft, locale);
  const problemOf = (field: CustomRouteField) =>
    reading && !reading.ok
      ? (reading.problems.find((problem) => problem.field === field)?.message ?? null)
      : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = read();
    if (!result.ok) {
      setChecking(true);
      setStatus('');
      const first = result.problems[0]?.field;
      if (first) fields.current.get(first)?.focus();
      return;
    }
    onSave(result.route);
    setStatus(`${editing ? 'Saved' : 'Added'} ${routeName(result.route)}.`);
    setChecking(false);
    if (!editing) setDraft(EMPTY_CUSTOM_ROUTE_DRAFT);
  }

  function cancel() {
    setDraft(editing ? customRouteToDraft(editing, locale) : EMPTY_CUSTOM_ROUTE_DRAFT);
    setChecking(false);
    setStatus('');
    onCancel();
  }

  return (
    <Card title={editing ? 'Edit route' : 'Add a route'} className="custom-route-form">
      {editing ? (
        <p className="field-hint">
          Editing {editing.modelName} via {providerLabel(editing)}. It keeps its place in links and pins.
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className="custom-route-form__grid">
          {CUSTOM_ROUTE_FIELDS.map((spec) => (
            <TextField
              key={spec.field}
              className={spec.multiline ? 'custom-route-form__note' : undefined}
              label={spec.label}
              value={draft[spec.field]}
              onChange={(value) => setDraft((current) => ({ ...current, [spec.field]: value }))}
              problem={problemOf(spec.field)}
              note={spec.inputMode ? (notes[spec.field] ?? null) : undefined}
              hint={spec.hint}
              inputMode={spec.inputMode}
              maxLength={spec.maxLength}
              multiline={spec.multiline}
              inputRef={(element) => {
                if (element) fields.current.set(spec.field, element);
                else fields.current.delete(spec.field);
              }}
            />
          ))}
        </div>
        <div className="custom-route-form__actions">
          <button type="submit" className="action-button action-button--primary">
            {editing ? 'Save route' : 'Add route'}
          </button>
          <button type="button" className="action-button" onClick={cancel}>
            Cancel
          </button>
        </div>
        <p className="custom-route-form__status" role="status">
          {status}
        </p>
      </form>
    </Card>
  );
}
