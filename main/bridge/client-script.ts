// The browser stand-in for the Electron preload: a classic script, served by the bridge before
// the renderer's own module, that installs the same `window.factdesk` bridge over fetch: one function per method resolving to
// an Envelope, exactly as the Electron preload does. The renderer cannot tell the difference.
import { BURST_READ_METHODS, METHOD_NAMES, READ_CONNECTIONS } from '@common/contract/methods';
import { API_GLOBAL } from '@common/contract';
import { CALLER_HEADER, CALLER_HEADER_VALUE } from './guards';

export const BRIDGE_SCRIPT_PATH = '/__factdesk/bridge.js';
export const API_PATH_PREFIX = '/__factdesk/api/';

export function bridgeScript(): string {
  return `"use strict";
(function () {
  var methods = ${JSON.stringify(METHOD_NAMES)};
  // Reads wait their turn here once READ_CONNECTIONS are in flight, so an edit never waits in
  // the browser for one of its six connections to this host (see BURST_READ_METHODS).
  var reads = ${JSON.stringify(BURST_READ_METHODS)};
  var readLimit = ${READ_CONNECTIONS};
  var readsInFlight = 0;
  var waitingReads = [];
  function nextRead() {
    readsInFlight--;
    var next = waitingReads.shift();
    if (next) next();
  }
  function call(method, input) {
    if (reads.indexOf(method) === -1) return send(method, input);
    return new Promise(function (resolve, reject) {
      function start() {
        readsInFlight++;
        send(method, input).then(
          function (result) { nextRead(); resolve(result); },
          function (error) { nextRead(); reject(error); }
        );
      }
      if (readsInFlight < readLimit) start();
      else waitingReads.push(start);
    });
  }
  function send(method, input) {
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
