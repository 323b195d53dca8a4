/**
 * The check's "Where you are", bound to the check's region: saved on the device at once, so the
 * next emergency screen already shows the right number.
 */
import { RegionSelect } from '../components/region-select.js';
import { chooseRegion, region } from './state.js';

export function CheckRegionSelect({ id = 'check-region' }: { id?: string }) {
  return <RegionSelect id={id} value={region.value} onChange={chooseRegion} />;
}
