import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { chooseApiClient } from './api/choose-client';
import { FatalScreen } from './components/FatalScreen';
import { toError } from './errors/to-error';
import { Root } from './Root';
import './styles/theme.css';
import './styles/base.css';

// zod probes for `new Function` to compile faster parsers; our CSP forbids eval, so
// say up front that it must not try (the probe shows up as a CSP violation).
z.config({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);

try {
  root.render(<Root client={chooseApiClient()} />);
} catch (error) {
  root.render(<FatalScreen error={toError(error)} />);
}
