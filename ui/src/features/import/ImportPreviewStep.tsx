// The setup step once a file is previewed: its head and table, the column mapping, the personas
// to link, the options and the result of the last check.
import type { Persona } from '../../bindings/Persona';
import { PersonaChecklist } from '../../shared/PersonaChecklist';
import { dateColumnOf, fieldsByHeader } from './importWizard';
import { CheckResult } from './CheckResult';
import { MappingForm } from './MappingForm';
import { PreviewHead } from './PreviewHead';
import { PreviewTable } from './PreviewTable';
import type { ImportSetup } from './useImportSetup';

type Props = { setup: ImportSetup; personas: Persona[] };

export function ImportPreviewStep({ setup, personas }: Props) {
  const { preview, mapping, previewedPath, encoding, busy, check, acceptIncomplete, personaIds } = setup;
  if (!preview || !mapping) return null;
  const dateColumn = dateColumnOf(mapping, preview.preview.dateColumns);
  const dateReadings = dateColumn
    ? {
        column: dateColumn.column,
        readings: mapping.dateOrder === 'dayFirst' ? dateColumn.dayFirst : dateColumn.monthFirst,
      }
    : undefined;
  return (
    <>
      <PreviewHead
        preview={preview.preview}
        remembered={preview.remembered !== null}
        onKind={(kind) => void setup.loadPreview(previewedPath, kind, encoding)}
        onEncoding={(chosen) => void setup.loadPreview(previewedPath, preview.preview.kind, chosen)}
        busy={busy !== null}
      />
      <PreviewTable preview={preview.preview} feeds={fieldsByHeader(mapping)} dates={dateReadings} />
      <MappingForm
        headers={preview.preview.headers}
        mapping={mapping}
        dateColumns={preview.preview.dateColumns}
        onChange={setup.changeMapping}
      />
      <PersonaChecklist
        legend="Link every imported anecdote to (optional)"
        personas={personas}
        selected={personaIds}
        onChange={setup.setPersonaIds}
        testId="import-personas"
      />
      <fieldset className="field">
        <legend>Options</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={acceptIncomplete}
            onChange={(e) => {
              setup.setAcceptIncomplete(e.target.checked);
              setup.setCheck(null);
            }}
            data-testid="import-accept-incomplete"
          />
          The last record is cut off: import the rest without it
        </label>
      </fieldset>
      {check && <CheckResult check={check} />}
    </>
  );
}
