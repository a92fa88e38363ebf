import './zod-jitless';
import { createRoot } from 'react-dom/client';
import { chooseApiClient } from './api/choose-client';
import { FatalScreen } from './shell/FatalScreen';
import { installErrorReporting } from './errors/report-errors';
import { toError } from './errors/to-error';
import { Root } from './Root';
import './styles/theme.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);

try {
  const client = chooseApiClient();
  installErrorReporting(client);
  root.render(<Root client={client} />);
} catch (error) {
  root.render(<FatalScreen error={toError(error)} />);
}
