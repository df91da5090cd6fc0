// The file's first rows as the import will read them: headers, which field each column feeds,
// and each cell as plain text, cut short on screen with the whole of it in the tooltip.
import type { Preview } from '../../bindings/Preview';
import { formatDate } from '../../lib/format';
import { useProjectorSafe } from '../../lib/projectorSafe';
import { CustomerText } from '../../shared/CustomerText';

type Props = {
  preview: Preview;
  /** Which fields each header feeds, by header name. */
  feeds: Map<string, string[]>;
  /** The date column and each row's value read in the chosen order (`YYYY-MM-DD` or null). */
  dates?: { column: string; readings: Array<string | null> };
};

export function PreviewTable({ preview, feeds, dates }: Props) {
  const safe = useProjectorSafe();
  const dateIndex = dates ? preview.headers.indexOf(dates.column) : -1;
  return (
    <div className="preview-table" tabIndex={0} role="region" aria-label="First rows of the file" data-testid="import-rows">
      <table>
        <thead>
          <tr>
            {preview.headers.map((h, i) => (
              <th key={i} scope="col" title={h}>
                <span className="preview-table__header">{h}</span>
                {feeds.has(h) && <span className="preview-table__feeds">→ {feeds.get(h)?.join(', ')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, r) => (
            <tr key={r}>
              {preview.headers.map((_, c) => (
                <td key={c} title={safe.text(row[c] ?? '')} data-testid="import-cell">
                  <CustomerText text={row[c] ?? ''} />
                  {c === dateIndex && row[c] && (
                    <span className="preview-table__reading" data-testid="import-date-reading">
                      {' '}
                      → {dates?.readings[r] ? formatDate(dates.readings[r]) : 'not a date'}
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.rows.length === 0 && <p className="muted preview-table__none">The file has a header but no rows.</p>}
    </div>
  );
}
