import type { ComponentProps } from 'react';

type SmallButtonProps = Omit<ComponentProps<'button'>, 'type'>;

/** A secondary action button (`.small-button`), never a form submit; `className` adds to the look. */
export function SmallButton({ className, ...props }: SmallButtonProps) {
  return (
    <button type="button" {...props} className={className ? `small-button ${className}` : 'small-button'} />
  );
}
