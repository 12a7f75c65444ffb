import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session as electronSession, shell, type MenuItemConstructorOptions } from 'electron';
import { createDispatch } from '../core/api/dispatch';
import { handlers } from '../core/api/handlers';
import { Session } from '../core/session';
import { defaultProjectPath } from '../core/default-project';
import { readRecent } from '../core/recent-projects';

// Thin by design: windows, menus, native dialogs and IPC registration. Everything else is in core.
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const indexHtml = path.join(root, 'out', 'renderer', 'index.html');
const electronNative = path.join(root, 'out', 'electron-native', 'better_sqlite3.node');

const session = new Session({
  backups: { keep: 10 },
  rememberRecent: true,
  ...(fs.existsSync(electronNative) ? { nativeBinding: electronNative } : {}),
});
const dispatch = createDispatch(session, handlers);
let win: BrowserWindow | null = null;

async function openProject(file: string, create = false): Promise<void> {
  const result = await dispatch(create ? 'project.create' : 'project.open', { path: file });
  if (!result.ok) dialog.showErrorBox('Telaah', result.error.message);
  else win?.setTitle(`${path.basename(file)} — Telaah`);
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] = readRecent().map((r) => ({ label: r.name, click: () => void openProject(r.path) }));
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'New Project…',
          accelerator: 'CmdOrCtrl+N',
          click: async () => {
            const r = await dialog.showSaveDialog({ filters: [{ name: 'Telaah project', extensions: ['telaah'] }] });
            if (!r.canceled && r.filePath) await openProject(r.filePath, true);
          },
        },
        {
          label: 'Open Project…',
          accelerator: 'CmdOrCtrl+O',
          click: async () => {
            const r = await dialog.showOpenDialog({ properties: ['openFile'], filters: [{ name: 'Telaah project', extensions: ['telaah'] }] });
            if (!r.canceled && r.filePaths[0]) await openProject(r.filePaths[0]);
          },
        },
        { label: 'Open Recent', submenu: recent.length ? recent : [{ label: '(none)', enabled: false }] },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The page decides: text undo inside a field being typed in, project history elsewhere.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => win?.webContents.send('api:event', 'menu.command', { command: 'undo' }) },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => win?.webContents.send('api:event', 'menu.command', { command: 'redo' }) },
        { label: 'Redo', accelerator: 'Ctrl+Y', visible: false, click: () => win?.webContents.send('api:event', 'menu.command', { command: 'redo' }) },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { role: 'resetZoom' }, { role: 'togglefullscreen' }] },
    { label: '&Help', submenu: [{ label: 'Telaah on the web', click: () => void shell.openExternal('https://www.npmjs.com/package/telaah') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): void {
  win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Telaah',
    webPreferences: {
      preload: path.join(root, 'electron', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void win.loadFile(indexHtml);
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";

app.whenReady().then(async () => {
  // No web permission (camera, notifications, openExternal…) is ever granted to the page.
  electronSession.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  // Only our own page may call the API.
  const appUrl = pathToFileURL(indexHtml).href;
  ipcMain.handle('api:invoke', (event, method: unknown, input: unknown) => {
    if (event.senderFrame?.url !== appUrl) return { ok: false, error: { code: 'unauthorized', message: 'Not the Telaah window.' } };
    return dispatch(String(method), input);
  });
  session.events.subscribe((event, payload) => win?.webContents.send('api:event', event, payload));
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (ev) => ev.preventDefault());
  });
  const last = readRecent().find((r) => fs.existsSync(r.path));
  const target = last?.path ?? defaultProjectPath();
  if (fs.existsSync(target)) await openProject(target);
  else {
    const r = await dispatch('project.create', { path: target, sample: true });
    if (!r.ok) dialog.showErrorBox('Telaah', r.error.message);
  }
  buildMenu();
  createWindow();
});

app.on('window-all-closed', () => {
  session.close();
  app.quit();
});
