import { Notice } from '../../components/ui/notice';
/** Said once when the browser refuses to keep the scenario (storage full or blocked). */
export function SaveProblemNotice({ message }: { readonly message: string }) {
  return (
    <Notice label="Scenario not saved">
      <p role="status">{message}</p>
    </Notice>
  );
}
