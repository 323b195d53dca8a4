/** The two overview pages (treatments side by side, stretching's pros and cons), as cards. */
import { PATHS } from '../routes.js';

export function OverviewCards() {
  return (
    <ul class="cards">
      <li>
        <a class="card" href={PATHS.compare}>
          <span class="card-title">Compare treatments</span>
          <span class="card-text">Benefits, cautions and evidence, side by side.</span>
        </a>
      </li>
      <li>
        <a class="card" href={PATHS.stretching}>
          <span class="card-title">Stretching: pros and cons</span>
          <span class="card-text">When stretching helps, and how to do it safely.</span>
        </a>
      </li>
    </ul>
  );
}
