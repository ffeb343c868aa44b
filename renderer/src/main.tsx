import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AntdProvider } from './platform/AntdProvider';
import './platform/dayjs';
// Plain stylesheets, bundled by Vite into one file the CSP's style-src 'self' allows.
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/choices.css';
import './styles/overlays.css';
import './styles/components.css';
import './styles/frame.css';
import './styles/builder.css';
import './styles/batch.css';
import './styles/editor.css';
import './styles/side.css';
import './styles/fields.css';
import './styles/pickers.css';
import './styles/preview.css';
import './styles/preview-details.css';
import './styles/accounts.css';
import './styles/merchants.css';
import './styles/account-detail.css';
import './styles/results.css';
import './styles/dialog.css';
import './styles/sandbox.css';
import './styles/store-picker.css';
import './styles/run.css';
import './styles/run-progress.css';
import './styles/history.css';
import './styles/history-table.css';
import './styles/history-chips.css';
import './styles/history-detail.css';
import './styles/console.css';
import './styles/console-result.css';
import './styles/confirm-run.css';
import './styles/developer-detail.css';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <AntdProvider>
        <App />
      </AntdProvider>
    </StrictMode>,
  );
}
