/**
 * Writes a deterministic big dossier: `npm run dossier -- --articles 1000 --claims 100000 --seed 1
 * [--out DIR]`. DIR gets `backup.json` (restore it in the app) and `articles/` (import them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serializeBackup } from '../src/domain/exchange/backup';
import { generateDossier } from '../src/testing/dossier-generator';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    claims: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'dossier' },
  },
});
const options = {
  articles: Number(values.articles),
  claims: Number(values.claims),
  seed: Number(values.seed),
};
if (![options.articles, options.claims, options.seed].every((n) => Number.isInteger(n) && n >= 0))
  throw new Error('--articles, --claims and --seed take whole numbers');
const t = performance.now();
const { files, data } = generateDossier(options);
const out = values.out!;
mkdirSync(join(out, 'articles'), { recursive: true });
for (const f of files) writeFileSync(join(out, 'articles', f.name), f.text);
writeFileSync(join(out, 'backup.json'), serializeBackup(data));
const sentences = data.texts.reduce((n, x) => n + x.sentences.length, 0);
console.log(
  `dossier: ${files.length} articles (${sentences.toLocaleString('en')} sentences), ${data.claims.length.toLocaleString('en')} claims, ${data.links.length.toLocaleString('en')} evidence links → ${out}/ (seed ${options.seed}, ${((performance.now() - t) / 1000).toFixed(1)} s)`,
);
