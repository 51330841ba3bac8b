import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channelOf, isEventName } from '../shared/contract/channels'
import type { UnknotApi } from '../shared/contract/contract'

/** Exactly the contract, nothing more: no ipcRenderer, no Node, no generic "send". */
const api: UnknotApi = {
  dispatch: (command) => ipcRenderer.invoke(channelOf('dispatch'), command),
  getSnapshot: () => ipcRenderer.invoke(channelOf('getSnapshot')),
  query: (query) => ipcRenderer.invoke(channelOf('query'), query),
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`Unknot has no event called "${String(event)}".`)
    const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]): void => listener(payload)
    ipcRenderer.on(channelOf(event), forward)
    return () => {
      ipcRenderer.removeListener(channelOf(event), forward)
    }
  },
}

contextBridge.exposeInMainWorld('unknot', api)
