import './zod-jitless';
import { createRoot } from 'react-dom/client';
import { chooseApiClient } from './api/choose-client';
import { FatalScreen } from './shell/FatalScreen';
import { toError } from './errors/to-error';
import { Root } from './Root';
import './styles/theme.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);

try {
  root.render(<Root client={chooseApiClient()} />);
} catch (error) {
  root.render(<FatalScreen error={toError(error)} />);
}
