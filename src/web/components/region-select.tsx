/**
 * "Where you are": the region whose emergency number the call buttons dial, with "Somewhere else"
 * for a person outside our regions (the call buttons then offer the main numbers). Used by the
 * check, its emergency screen and the plan's profile.
 */
import {
  EMERGENCY_NUMBERS,
  isRegion,
  REGION_NAMES,
  type Region,
} from '../../core/triage/emergency-numbers.js';
import './region-select.css';

const REGIONS = Object.keys(EMERGENCY_NUMBERS) as Region[];
const ELSEWHERE = '';

export function RegionSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Region | undefined;
  onChange: (region: Region | undefined) => void;
}) {
  return (
    <div class="region-select">
      <label for={id} class="field-label">
        Where you are (sets the emergency number)
      </label>
      <select
        id={id}
        value={value ?? ELSEWHERE}
        onChange={(event) => {
          const chosen = (event.currentTarget as HTMLSelectElement).value;
          onChange(isRegion(chosen) ? chosen : undefined);
        }}
      >
        {REGIONS.map((r) => (
          <option key={r} value={r}>
            {REGION_NAMES[r]}: {EMERGENCY_NUMBERS[r]}
          </option>
        ))}
        <option value={ELSEWHERE}>Somewhere else, or not sure</option>
      </select>
    </div>
  );
}
