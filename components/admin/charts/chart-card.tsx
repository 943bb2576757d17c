import { useId } from "react";

export interface NumbersTable {
  caption: string;
  /** The first column names each row (a week, an answer, a reason). */
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/**
 * A chart with its title, a sentence on what it counts, and its numbers in a
 * real table under "Show the numbers". With nothing to show, a plain sentence
 * takes the chart's place: empty axes tell nobody anything.
 */
export function ChartCard({
  title,
  description,
  empty,
  emptyText,
  table,
  children,
}: {
  title: string;
  description: string;
  empty: boolean;
  emptyText: string;
  table: NumbersTable;
  children?: React.ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="flex min-w-0 flex-col gap-3 rounded-xl border border-line bg-surface p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-muted">{description}</p>
      {empty ? (
        <p className="rounded-lg bg-brand-soft p-3">{emptyText}</p>
      ) : (
        <>
          {children}
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center underline">
              Show the numbers<span className="sr-only"> for {title.toLowerCase()}</span>
            </summary>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{table.caption}</caption>
                <thead className="border-b border-line">
                  <tr>
                    {table.columns.map((column) => (
                      <th key={column} scope="col" className="p-2">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map(([head, ...cells], r) => (
                    <tr key={`${head}-${r}`} className="border-b border-line last:border-0">
                      <th scope="row" className="p-2 font-normal">
                        {head}
                      </th>
                      {cells.map((cell, c) => (
                        <td key={c} className="p-2 tabular-nums">
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
