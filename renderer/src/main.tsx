import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { NavigationProvider } from './state/navigation';
import { App } from './App';
import './styles/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider>
      <NavigationProvider>
        <App />
      </NavigationProvider>
    </ApiProvider>
  </StrictMode>,
);
