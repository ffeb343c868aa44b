// The preload: builds window.couponStudio from the contract names and exposes nothing else —
// no ipcRenderer, no process, no generic invoke (checklist #3, #20).
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../common/ipc/api';
import { buildBridge } from './bridge';
import { ipcRendererTransport } from './ipc-renderer-transport';

contextBridge.exposeInMainWorld(API_GLOBAL, buildBridge(ipcRendererTransport(ipcRenderer)));
