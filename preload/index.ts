// The preload: exposes the typed API and the native menu's commands to the sandboxed renderer, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeApi, exposeMenu } from './expose';

exposeApi(contextBridge, ipcRenderer, 'factdesk');
exposeMenu(contextBridge, ipcRenderer, 'factdeskMenu');
