/** What only the browser knows: the page's own address, today's date and the typist's locale. */
export interface ShellFacts {
  readonly appUrl: string;
  readonly today: string;
  readonly locale: string;
}
