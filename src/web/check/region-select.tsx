/**
 * "Where you are": picks the region whose emergency number the call button dials. Saved on the
 * device at once, so the next emergency screen already shows the right number.
 */
import {
  EMERGENCY_NUMBERS,
  isRegion,
  REGION_NAMES,
  type Region,
} from '../../core/triage/emergency-numbers.js';
import { chooseRegion, region } from './state.js';

const REGIONS = Object.keys(EMERGENCY_NUMBERS) as Region[];

export function RegionSelect({ id = 'check-region' }: { id?: string }) {
  return (
    <div class="check-region">
      <label for={id} class="field-label">
        Where you are (sets the emergency number)
      </label>
      <select
        id={id}
        class="check-select"
        value={region.value}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          if (isRegion(value)) chooseRegion(value);
        }}
      >
        {REGIONS.map((r) => (
          <option key={r} value={r}>
            {REGION_NAMES[r]}: {EMERGENCY_NUMBERS[r]}
          </option>
        ))}
      </select>
    </div>
  );
}
