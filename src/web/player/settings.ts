/**
 * The player's switches (spoken cues, the chime), kept on the device as the setting 'player' so a
 * person who turned speech off does not hear it again next time.
 */
import { readSetting, type Setting, writeSetting } from '../store/settings.js';

export interface PlayerSettings {
  readonly speech: boolean;
  readonly chime: boolean;
}

export const DEFAULT_SETTINGS: PlayerSettings = { speech: true, chime: true };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const PLAYER: Setting<PlayerSettings> = {
  name: 'player',
  // A switch missing or damaged falls back to its default; the other one is kept.
  read: (value) =>
    isObject(value)
      ? {
          speech: typeof value.speech === 'boolean' ? value.speech : DEFAULT_SETTINGS.speech,
          chime: typeof value.chime === 'boolean' ? value.chime : DEFAULT_SETTINGS.chime,
        }
      : undefined,
};

export async function loadSettings(): Promise<PlayerSettings> {
  try {
    return (await readSetting(PLAYER)) ?? DEFAULT_SETTINGS;
  } catch {
    // Private browsing can refuse IndexedDB; the defaults still work.
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(settings: PlayerSettings): Promise<void> {
  try {
    await writeSetting(PLAYER, settings);
  } catch {
    // Not kept, but the switch still applies to this session.
  }
}
