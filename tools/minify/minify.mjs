// The build's last pass over the scripts the page downloads: TeaVM minifies its own code but
// leaves its runtime's local names long and its output uncompressed, and first.js and sw.js are
// written by hand. Terser's default compression and name mangling, nothing unsafe.
// Usage: node minify.mjs SITE_DIR FILE...
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const [site, ...files] = process.argv.slice(2);
for (const name of files) {
  const path = join(site, name);
  const code = await readFile(path, 'utf8');
  // sw.js is a worker's classic script of its own: its top-level names are its alone, so they
  // may be shortened too (not knob.js's, which declares the page's global main)
  const out = await minify(code, { compress: true, mangle: true, toplevel: name === 'sw.js' });
  await writeFile(path, out.code);
  console.log(`minify: ${name} ${code.length} -> ${out.code.length} bytes`);
}
