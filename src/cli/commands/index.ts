/**
 * The table of `unknot` commands. Each one lives in its own module, loaded only when it runs, so
 * `unknot --help` and `--version` stay instant. Each new feature adds its command here.
 */
import type { CliIo } from '../io.js';

export interface CommandModule {
  run(args: string[], io: CliIo): Promise<number>;
}

export interface Command {
  name: string;
  summary: string;
  load(): Promise<CommandModule>;
}

export const COMMANDS: readonly Command[] = [
  {
    name: 'serve',
    summary:
      'serve the app and the API (the default); PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL, PUBLIC_URL, TRUST_PROXY',
    load: () => import('./serve.js'),
  },
  {
    name: 'migrate',
    summary: 'bring the database up to date (serve does this at start too)',
    load: () => import('./migrate.js'),
  },
  {
    name: 'triage',
    summary:
      '"Should I see a doctor?": answers JSON (one or an array) on stdin, result JSON on stdout; asks the questions in a terminal; --region UK|US|...; --text "…" [--age N] [--sex S] reads a description in your own words',
    load: () => import('./triage.js'),
  },
  {
    name: 'plan',
    summary:
      'a weekly plan: a plan request or a bare profile as JSON on stdin, the plan JSON on stdout; --ics writes the calendar instead; --week-start YYYY-MM-DD',
    load: () => import('./plan.js'),
  },
  {
    name: 'diary',
    summary:
      'the pain diary: "diary summary" gives episodes, trend and escalations as JSON; "diary export --format csv|fhir" gives the file; {entries, today?, timeZone?} as JSON on stdin',
    load: () => import('./diary.js'),
  },
  {
    name: 'clinician',
    summary:
      'clinician accounts: "clinician add --name NAME [--profession …] [--url URL]" prints a one-time set-up link; "list"; "disable ID-OR-NAME"; "link ID" makes a new link',
    load: () => import('./clinician.js'),
  },
  {
    name: 'backup',
    summary:
      'back up the database to FILE, safe while serving: "backup FILE [--format sqlite|json]" (SQLite\'s own file by default on SQLite, JSON Lines on PostgreSQL); readable by its owner only',
    load: () => import('./backup.js'),
  },
  {
    name: 'restore',
    summary:
      'replace everything in the database with a backup: "restore FILE"; checks the file first; on SQLite, stop the server first',
    load: () => import('./restore.js'),
  },
];

export const DEFAULT_COMMAND = 'serve';
