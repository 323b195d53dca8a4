/**
 * The home page's first button, "I have a spasm now": big and plain, so a person in pain finds
 * the relief steps without reading anything else.
 */
import { PATHS } from '../routes.js';
import './timer-banner.css';

export function SpasmButton() {
  return (
    <a class="button spasm-button" href={PATHS.spasm}>
      I have a spasm now
    </a>
  );
}
