import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../api/client';
import { createBridge } from './bridge';

// Runs sandboxed, before the page, in an isolated world: the page gets only the bridge.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));
