// The browser stand-in for the Electron preload: a classic script, served by the bridge before
// the renderer's own module, that installs the same `window.factdesk` bridge over fetch: one function per method resolving to
// an Envelope, exactly as the Electron preload does. The renderer cannot tell the difference.
import { METHOD_NAMES } from '@common/contract/methods';
import { API_GLOBAL } from '@common/contract';
import { CALLER_HEADER, CALLER_HEADER_VALUE } from './guards';

export const BRIDGE_SCRIPT_PATH = '/__factdesk/bridge.js';
export const API_PATH_PREFIX = '/__factdesk/api/';

export function bridgeScript(): string {
  return `"use strict";
(function () {
  var methods = ${JSON.stringify(METHOD_NAMES)};
  function call(method, input) {
    return fetch(${JSON.stringify(API_PATH_PREFIX)} + method, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", ${JSON.stringify(CALLER_HEADER)}: ${JSON.stringify(CALLER_HEADER_VALUE)} },
      body: JSON.stringify(input === undefined ? {} : input)
    }).then(function (res) {
      return res.json().catch(function () {
        return { ok: false, error: { code: "internal", message: "The Factdesk bridge answered " + res.status + "." } };
      });
    });
  }
  var api = {};
  methods.forEach(function (m) { api[m] = function (input) { return call(m, input); }; });
  Object.defineProperty(window, ${JSON.stringify(API_GLOBAL)}, { value: Object.freeze(api), writable: false });
})();
`;
}
