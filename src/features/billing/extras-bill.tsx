import type { ExtrasBill } from '../../domain/billing/extras-bill';

interface ExtrasBillTableProps {
  /** "Kimi K2.6 via Moonshot AI". */
  readonly name: string;
  readonly bill: ExtrasBill;
  /** Whether the user asked to take the promotional credit off the monthly cost. */
  readonly creditCounted: boolean;
}

/**
 * One route's monthly bill with the extras: the lines add up to the total shown. A promotional credit
 * sits apart; when it is counted, the part of it one month uses is taken off (so the figures still add
 * up) and the rest is said to carry over. A minimum top-up says how many months of this scenario it covers.
 */
export function ExtrasBillTable({ name, bill, creditCounted }: ExtrasBillTableProps) {
  const credit = bill.promotionalCredit;
  return (
    <div className="extras-bill">
      <table className="extras-bill__table">
        <caption>{name}</caption>
        <tbody>
          {bill.lines.map((line) => (
            <tr key={line.key}>
              <th scope="row">{line.label}</th>
              <td>{line.text}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="extras-bill__total">
            <th scope="row">Monthly total</th>
            <td>{bill.total}</td>
          </tr>
          {credit && !creditCounted ? (
            <tr>
              <th scope="row">Promotional credit (one-time, not in the monthly total)</th>
              <td>{credit.text}</td>
            </tr>
          ) : null}
          {credit && creditCounted ? (
            <>
              <tr>
                <th scope="row">Promotional credit used</th>
                <td>{credit.usedText}</td>
              </tr>
              <tr className="extras-bill__total">
                <th scope="row">Monthly cost after credit</th>
                <td>{bill.headline}</td>
              </tr>
            </>
          ) : null}
        </tfoot>
      </table>
      {credit && creditCounted && credit.leftMinor > 0n ? (
        <p className="extras-bill__note">{credit.leftText} of the credit is left for later months.</p>
      ) : null}
      {bill.recharge ? <p className="extras-bill__note">{bill.recharge.sentence}</p> : null}
    </div>
  );
}
