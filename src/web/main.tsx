/**
 * The web app's entry: renders the shell, registers the service worker (from this module, since a
 * strict CSP forbids inline scripts), sends any feedback that was kept while offline, and starts
 * sync on a device linked to an account.
 */
import { render } from 'preact';
import { App } from './app.js';
import { startOutbox } from './feedback/start.js';
import { registerServiceWorker } from './sw-register.js';
import { startSyncIfLinked } from './sync/start.js';
import './styles.css';

const root = document.getElementById('app');
if (root !== null) render(<App />, root);

registerServiceWorker();
startOutbox();
startSyncIfLinked();
