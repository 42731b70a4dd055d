// The preload: exposes the typed API to the sandboxed renderer, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeApi } from './expose';

exposeApi(contextBridge, ipcRenderer, 'factdesk');
