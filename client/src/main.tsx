import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { createI18n } from './i18n';
import './styles/base.css';
import './styles/shell.css';
import './styles/people.css';
import './styles/forms.css';
import './styles/admin.css';
import './styles/activity.css';
import './styles/post-kinds.css';
import './styles/spaces.css';
import './styles/moderation.css';
import './styles/notifications.css';
import './styles/recognition.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html must contain an element with id "root".');
}

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </I18nextProvider>
  </StrictMode>,
);
