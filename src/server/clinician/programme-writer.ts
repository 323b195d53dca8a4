/**
 * Writes a clinician's programme into a person's own records: the one place the server writes a
 * person's synced records. Each version is stamped by the server's clock above the version kept,
 * so it wins on every device; ending one writes its tombstone. When a person stops sharing with a
 * clinician, or the operator disables the clinician, their programmes are ended this way: a
 * programme nobody follows any more must not stay on a plan as "from your physiotherapist".
 */
import type { Programme } from '../../core/programme/programme.js';
import { hlcStart, hlcText, parseHlc, receive, tick } from '../../core/sync/hlc.js';
import type { SyncRepository } from '../sync/repository.js';

/** The stamps the server gives what it writes into a person's records. */
export const SERVER_NODE = '0000000000000001';

export function createProgrammeWriter(deps: { sync: SyncRepository; now: () => number }) {
  const { sync } = deps;

  /** Writes a version (or, with null, the end) above the one kept; false if nothing was kept. */
  async function write(personId: string, id: string, data: Programme | null): Promise<boolean> {
    const now = deps.now();
    const kept = await sync.recordOf(personId, id);
    const previous = kept === undefined ? undefined : parseHlc(kept.hlc);
    const start = hlcStart(SERVER_NODE);
    const clock =
      previous === undefined
        ? tick(start, now)
        : receive(start, previous, now, Number.POSITIVE_INFINITY);
    const stored = await sync.push(personId, [
      { id, kind: 'programme', hlc: hlcText(clock), deleted: data === null, data },
    ]);
    return stored !== undefined && stored.refused.length === 0;
  }

  return {
    write,

    /** This clinician's live programme for the person, by id; undefined for anyone else's. */
    async keptBy(personId: string, id: string, clinicianId: string) {
      const kept = await sync.recordOf(personId, id);
      if (kept === undefined || kept.kind !== 'programme' || kept.deleted) return undefined;
      const data = kept.data as Programme;
      return data.clinicianId === clinicianId ? data : undefined;
    },

    /** Ends every live programme the clinician assigned the person; answers their ids. */
    async endAllBy(personId: string, clinicianId: string): Promise<string[]> {
      const live = await sync.liveOfKinds(personId, ['programme']);
      const theirs = live.filter((r) => (r.data as Programme).clinicianId === clinicianId);
      for (const r of theirs) await write(personId, r.id, null);
      return theirs.map((r) => r.id);
    },
  };
}

export type ProgrammeWriter = ReturnType<typeof createProgrammeWriter>;
