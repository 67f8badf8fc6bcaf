// Writes brotli (.br) and gzip (.gz) siblings of the built web app's text files, so that the
// server sends them compressed without compressing on every request (it picks one by the
// request's Accept-Encoding: server/src/http/static_files.cpp).
//   node scripts/compress.mjs [DIR]   (default dist)
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const text = /\.(js|css|html|svg|json|webmanifest|txt)$/;
const minBytes = 1024; // below this a compressed answer saves less than its headers cost

async function* files(d) {
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (text.test(e.name)) yield p;
  }
}

let before = 0;
let after = 0;
for await (const f of files(dir)) {
  if ((await stat(f)).size < minBytes) continue;
  const body = await readFile(f);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  before += body.length;
  after += br.length;
  if (br.length < body.length) await writeFile(`${f}.br`, br);
  if (gz.length < body.length) await writeFile(`${f}.gz`, gz);
}
console.log(`compress: ${(before / 1024).toFixed(0)} kB of text, ${(after / 1024).toFixed(0)} kB as brotli`);
