// Sanitizes display HTML the way two front ends do for untrusted outputs, and prints the results as JSON.
//   node sanitize.mjs <input.json>      input: [{ "name": ..., "html": ... }, ...]
// "lab": JupyterLab's Sanitizer from @jupyterlab/apputils (npm), with its default options.
// "classic": the classic Notebook's own sanitizer as Debian's jupyter-notebook 6.4 ships it (a bundle of the
// same code, older), called as its security.js calls it for untrusted outputs: sanitize(html, {allowedStyles: {}}).
import { readFileSync } from 'node:fs';
import { Sanitizer } from '@jupyterlab/apputils/lib/sanitizer.js';

const classicBundle = '/usr/lib/python3/dist-packages/notebook/static/components/sanitizer/index.js';

function loadClassic() {
  let exported;
  const define = factory => { exported = factory(); };
  // The bundle is an AMD module: define(() => { ... return exports; }).
  new Function('define', 'window', readFileSync(classicBundle, 'utf8'))(define, globalThis);
  return exported.defaultSanitizer;
}

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const lab = new Sanitizer();
const classic = loadClassic();
const output = input.map(({ name, html }) => ({
  name,
  lab: lab.sanitize(html),
  classic: classic.sanitize(html, { allowedStyles: {} }),
}));
process.stdout.write(JSON.stringify(output));
