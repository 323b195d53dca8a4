/**
 * The diary's files, made in the browser from the same records, offline: the one-page summary to
 * print, the entries as CSV, a FHIR R4 bundle for a clinician's system, and a backup of everything
 * on the device with its restore.
 */
import { useState } from 'preact/hooks';
import { diaryCsv } from '../../core/export/csv.js';
import { diaryBundle } from '../../core/export/fhir.js';
import { downloadFile } from '../download.js';
import { newId } from '../ids.js';
import { PATHS } from '../routes.js';
import { BACKUP_FILE, exportBackup, importBackup } from '../store/backup.js';
import type { DiaryOverview } from './overview.js';

export const CSV_FILE = 'unknot-diary.csv';
export const FHIR_FILE = 'unknot-diary.fhir.json';

export function Reports({
  overview,
  onRestored,
}: {
  overview: DiaryOverview;
  onRestored: () => void;
}) {
  const [status, setStatus] = useState<string[]>([]);
  const empty = overview.entries.length === 0;

  const csv = () =>
    downloadFile(CSV_FILE, diaryCsv(overview.entries, overview.timeZone), 'text/csv;charset=utf-8');
  const fhir = () => {
    const now = Date.now();
    const bundle = diaryBundle(overview.entries, { id: newId(now), now });
    downloadFile(FHIR_FILE, JSON.stringify(bundle, null, 2), 'application/fhir+json;charset=utf-8');
  };
  const backup = async () => {
    const file = await exportBackup();
    downloadFile(BACKUP_FILE, JSON.stringify(file), 'application/json;charset=utf-8');
  };
  const restore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    const result = await importBackup(await file.text()).catch(() => ({
      ok: false as const,
      reasons: ['The backup could not be written on this device. Nothing was changed.'],
    }));
    if (!result.ok) {
      setStatus(['That file was not restored, and nothing was changed:', ...result.reasons]);
      return;
    }
    setStatus([
      result.records === 0 && result.settings === 0
        ? 'Everything in that backup is already on this device.'
        : `Restored ${result.records === 1 ? '1 record' : `${result.records} records`} from the backup.`,
    ]);
    onRestored();
  };

  return (
    <section aria-labelledby="diary-reports" class="diary-reports">
      <h2 id="diary-reports">For your physiotherapist or GP</h2>
      <p>Made on this device. Nothing is sent anywhere unless you send it.</p>
      <ul class="diary-report-actions">
        <li>
          <a class="button" href={PATHS.diaryReport}>
            One-page summary to print
          </a>
        </li>
        <li>
          <button type="button" class="button button-choice" disabled={empty} onClick={csv}>
            Download entries (CSV, for a spreadsheet)
          </button>
        </li>
        <li>
          <button type="button" class="button button-choice" disabled={empty} onClick={fhir}>
            Download for a clinic’s system (FHIR)
          </button>
        </li>
      </ul>
      <h3>Backup</h3>
      <p>Everything Unknot keeps on this device, in one file, to move to a new phone.</p>
      <ul class="diary-report-actions">
        <li>
          <button type="button" class="button button-choice" onClick={() => void backup()}>
            Download a backup
          </button>
        </li>
        <li>
          <label class="button button-choice diary-file">
            Restore from a backup
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              onChange={(e) => void restore(e.target as HTMLInputElement)}
            />
          </label>
        </li>
      </ul>
      <div role="status" class="diary-restore-status">
        {status.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </div>
    </section>
  );
}
