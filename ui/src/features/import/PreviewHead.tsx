// What the preview found out about the file: its name and size, how its records are separated
// (with a select to read it another way), its encoding and any note to check about it, and
// where the mapping below comes from.
import { useId } from 'react';

import type { FileKind } from '../../bindings/FileKind';
import type { Preview } from '../../bindings/Preview';
import type { TextEncoding } from '../../bindings/TextEncoding';
import { ENCODING_OPTIONS, KIND_OPTIONS, kindOption } from './importWizard';
import { LabelledSelect } from '../../shared/LabelledSelect';

type Props = {
  preview: Preview;
  /** Whether the mapping is the one remembered for files like this. */
  remembered: boolean;
  onKind: (kind: FileKind) => void;
  onEncoding: (encoding: TextEncoding) => void;
  busy: boolean;
};

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function PreviewHead({ preview, remembered, onKind, onEncoding, busy }: Props) {
  const id = useId();
  const current = kindOption(preview.kind);
  const options = KIND_OPTIONS.some((o) => o.value === current.value) ? KIND_OPTIONS : [...KIND_OPTIONS, current];
  /** Each select of the head: its label on its line, off while the file is read again. */
  const headSelect = { inline: true, selectProps: { disabled: busy } };
  return (
    <section className="preview-head" aria-label="About the file">
      <p className="preview-head__file">
        <strong data-testid="import-file-name">{preview.fileName}</strong>{' '}
        <span className="muted">
          {size(preview.totalBytes)} · {preview.headers.length} columns ·{' '}
          {preview.kind.type === 'workbook' ? (
            'Excel workbook'
          ) : (
            <>
              encoding <span data-testid="import-encoding">{preview.encoding}</span>
            </>
          )}
        </span>
      </p>
      {preview.kind.type === 'workbook' ? (
        <LabelledSelect
          {...headSelect}
          id={`${id}-sheet`}
          label="Sheet"
          value={String(preview.kind.sheet)}
          options={preview.sheets.map((name, i) => ({ value: String(i), label: name }))}
          onChange={(sheet) => onKind({ type: 'workbook', sheet: Number(sheet) })}
          testId="import-sheet"
        />
      ) : (
        <>
          <LabelledSelect
            {...headSelect}
            id={`${id}-kind`}
            label="Read as"
            value={current.value}
            options={options}
            onChange={(value) => {
              const chosen = options.find((o) => o.value === value);
              if (chosen) onKind(chosen.kind);
            }}
            testId="import-kind"
          />
          <LabelledSelect
            {...headSelect}
            id={`${id}-encoding`}
            label="Encoding"
            value={preview.encoding}
            options={ENCODING_OPTIONS}
            onChange={onEncoding}
            testId="import-encoding-choice"
          />
        </>
      )}
      {preview.encodingNote && (
        <p className="callout callout--warning" role="note" data-testid="import-encoding-note">
          {preview.encodingNote}
        </p>
      )}
      <p className="muted" data-testid="import-mapping-source">
        {remembered
          ? 'Using the mapping you chose last time for files like this.'
          : 'The mapping below is a guess from the column names: check it.'}
      </p>
    </section>
  );
}
