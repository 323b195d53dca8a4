// Preloaded (`node --require`) by scripts/test-node.mjs only, never by the app. A native module is
// compiled for one Node.js ABI, so better-sqlite3's build in node_modules (for the machine's Node)
// cannot load on another Node. UNKNOT_NATIVE_BINDINGS maps the file node_modules would load to one
// built for the Node running now, as JSON {"<file node_modules loads>": "<file to load instead>"};
// every other native module loads as usual. node_modules is never changed.
'use strict';
const { realpathSync } = require('node:fs');
const { resolve } = require('node:path');

const real = (file) => {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
};

const instead = new Map(
  Object.entries(JSON.parse(process.env.UNKNOT_NATIVE_BINDINGS || '{}')).map(([from, to]) => [
    real(from),
    to,
  ]),
);

if (instead.size > 0) {
  const dlopen = process.dlopen;
  process.dlopen = function dlopenBuiltForThisNode(module, filename, ...rest) {
    return dlopen.call(this, module, instead.get(real(filename)) ?? filename, ...rest);
  };
}
