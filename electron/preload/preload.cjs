// Sandboxed preload: exposes exactly invoke(method, input) and on(listener); nothing else of
// Electron or Node reaches the page. Methods and inputs are validated by dispatch in the main process.
const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('telaah', {
  invoke: (method, input) => ipcRenderer.invoke('api:invoke', String(method), input),
  on: (listener) => {
    const handler = (_event, name, payload) => listener(name, payload);
    ipcRenderer.on('api:event', handler);
    return () => ipcRenderer.removeListener('api:event', handler);
  },
});
