// Renderer entry: mounts the workbench. The page talks to the core only through window.factdesk.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { App } from './App';
import { StatusProvider } from './shared/useStatus';
import { i18n } from './shared/i18n';
import { loadInterfaceLanguage } from './shared/interfaceLanguage';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

function NotConnected() {
  const { t } = useTranslation('workbench');
  return (
    <main className="not-connected">
      <h1>{t('notConnected.title')}</h1>
      <p>{t('notConnected.body')}</p>
    </main>
  );
}

function render(): void {
  createRoot(container!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StatusProvider>{window.factdesk === undefined ? <NotConnected /> : <App />}</StatusProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

// The reviewer's saved language first (one quick call), so the window opens in it.
if (window.factdesk === undefined) render();
else void loadInterfaceLanguage().finally(render);
