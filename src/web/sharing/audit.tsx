/**
 * Who looked at the person's records: the audit trail, newest first, each line in plain words with
 * when it happened on their clock, and the whole trail as a FHIR R4 file (Consent and AuditEvent
 * resources) to keep or give to someone else.
 */
import { useEffect, useState } from 'preact/hooks';
import { browserTimeZone } from '../dates.js';
import { downloadFile } from '../download.js';
import { type AuditEntryView, type ConsentView, loadAudit, loadAuditFhir } from './data.js';
import { auditWords, whenShort } from './words.js';

/** Lines shown at first; the rest one tap away, so a long trail does not bury the page. */
const FIRST = 20;

export function AuditTrail(props: {
  consents: readonly ConsentView[];
  /** Changes when the person changes their sharing, so the trail is read again. */
  version: number;
}) {
  const [entries, setEntries] = useState<AuditEntryView[] | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [all, setAll] = useState(false);
  const [download, setDownload] = useState('');
  const zone = browserTimeZone();

  useEffect(() => {
    let live = true;
    void loadAudit().then((res) => {
      if (!live) return;
      if (res.ok) {
        setEntries(res.data.entries);
        setFailed(undefined);
      } else setFailed(res.words);
    });
    return () => {
      live = false;
    };
  }, [props.version]);

  const save = async () => {
    setDownload('');
    const res = await loadAuditFhir();
    if (!res.ok) {
      setDownload(res.words);
      return;
    }
    downloadFile(
      'unknot-sharing.fhir.json',
      JSON.stringify(res.data, null, 2),
      'application/fhir+json',
    );
    setDownload('Downloaded.');
  };

  const shown = entries === undefined ? [] : all ? entries : entries.slice(0, FIRST);
  return (
    <section class="sharing-section" aria-labelledby="trail-title">
      <h2 id="trail-title">Who looked at your records</h2>
      <p>
        Every time a clinician looks at or changes your records, and every change to your sharing,
        is written here. Nobody can change it; it goes only if you delete your account.
      </p>
      {failed !== undefined && <p role="alert">{failed}</p>}
      {entries === undefined && failed === undefined && <p>Loading…</p>}
      {entries !== undefined && entries.length === 0 && <p>Nobody has looked yet.</p>}
      {shown.length > 0 && (
        <ul class="trail">
          {shown.map((e) => (
            <li key={e.id} class={e.outcome === 'denied' ? 'trail-entry is-denied' : 'trail-entry'}>
              <span class="trail-what">{auditWords(e, props.consents)}</span>
              <span class="trail-when">
                <time dateTime={e.at}>{whenShort(e.at, zone)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      {entries !== undefined && entries.length > FIRST && !all && (
        <button type="button" class="button button-choice" onClick={() => setAll(true)}>
          Show all {entries.length}
        </button>
      )}
      <button type="button" class="button button-choice sharing-wide" onClick={() => void save()}>
        Download as FHIR (JSON)
      </button>
      <p class="quiet" role="status">
        {download}
      </p>
    </section>
  );
}
