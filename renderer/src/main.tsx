// Renderer entry: mounts the workbench. The page talks to the core only through window.factdesk.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { StatusProvider } from './shared/useStatus';
import { i18n } from './shared/i18n';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StatusProvider>
        {window.factdesk === undefined ? (
          <main className="not-connected">
            <h1>Factdesk is not connected</h1>
            <p>Open this page from the Factdesk app, or with the address that `factdesk serve` prints.</p>
          </main>
        ) : (
          <App />
        )}
      </StatusProvider>
    </I18nextProvider>
  </StrictMode>,
);
