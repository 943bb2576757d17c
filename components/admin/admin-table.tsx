/**
 * The one table of /admin. At 640 px and wider it is a real <table> with
 * column headers (and a row header, when a column is marked `rowHeader`); on a
 * phone each row becomes a card and each value carries its column's name as a
 * visible label. CSS only (Tailwind's `max-sm:` variants): no script, no
 * second markup, nothing to keep in step.
 *
 * Screen readers: at wide widths the headers name each cell as usual and the
 * labels do not exist. On a phone the header row is visually hidden (still in
 * the tree) and each value is labelled by CSS generated content from its
 * `data-label`, which browsers expose to assistive technology (and which stays
 * out of the cell's text, so copying a value copies the value only).
 */
export interface AdminColumn<Row> {
  /** The column's name: the header at wide widths, each value's label on a phone. */
  header: string;
  cell: (row: Row) => React.ReactNode;
  /** The cell that names the row (a <th scope="row">); usually the first column. */
  rowHeader?: boolean;
  /** Extra classes for this column's cells (e.g. "text-sm", "whitespace-nowrap"). */
  className?: string;
  /** Hide the label on a phone when the value speaks for itself (e.g. a button). */
  hideLabelOnPhone?: boolean;
}

/** On a phone, the column's name above the value: generated content, so it is read with the value but not copied into its text. */
const phoneLabel =
  "max-sm:before:block max-sm:before:text-xs max-sm:before:font-semibold max-sm:before:tracking-wide max-sm:before:text-muted max-sm:before:uppercase max-sm:before:content-[attr(data-label)]";

export function AdminTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty = "Nothing to show.",
  dense = false,
  showCaption = false,
}: {
  /** The table's name; read by screen readers only unless `showCaption`. */
  caption: React.ReactNode;
  showCaption?: boolean;
  columns: readonly AdminColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty?: React.ReactNode;
  /** Smaller padding and text, for long technical lists. */
  dense?: boolean;
}) {
  if (rows.length === 0) return typeof empty === "string" ? <p className="text-muted">{empty}</p> : <>{empty}</>;
  const pad = dense ? "sm:p-2" : "sm:p-3";
  return (
    <div className="sm:overflow-x-auto sm:rounded-xl sm:border sm:border-line sm:bg-surface">
      <table className={`w-full text-left max-sm:block ${dense ? "text-sm" : ""}`}>
        <caption className={showCaption ? "pb-3 text-left font-semibold sm:p-3" : "sr-only"}>{caption}</caption>
        <thead className="border-b border-line text-sm max-sm:sr-only">
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={pad}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:flex max-sm:flex-col max-sm:gap-3">
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className="align-top sm:border-b sm:border-line sm:last:border-0 max-sm:flex max-sm:flex-col max-sm:gap-2 max-sm:rounded-xl max-sm:border max-sm:border-line max-sm:bg-surface max-sm:p-3"
            >
              {columns.map((c) => {
                const Cell = c.rowHeader ? "th" : "td";
                return (
                  <Cell
                    key={c.header}
                    scope={c.rowHeader ? "row" : undefined}
                    data-label={c.hideLabelOnPhone ? undefined : c.header}
                    className={`${pad} min-w-0 break-words max-sm:block ${c.rowHeader ? "font-medium" : ""} ${c.hideLabelOnPhone ? "" : phoneLabel} ${c.className ?? ""}`}
                  >
                    {c.cell(row)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
