import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../domain/code-points';
import { parseArticle } from '../domain/parse-article';
import { createEvidenceIndex, loadEvidenceResources, type EvidenceCandidate } from '../domain/evidence';
import { createSentenceModel } from '../domain/evidence/sentence-model';
import { bundledArticleFiles } from '../testing/articles';

const sentences: EvidenceCandidate[] = bundledArticleFiles().flatMap(({ fileName, raw }) => {
  const parsed = parseArticle(raw);
  const idx = new CodePointIndex(parsed.text);
  const id = fileName.replace(/\.txt$/, '');
  return parsed.sentences.map((s) => ({
    id: `${id}:${s.start}`,
    articleId: id,
    outlet: parsed.outlet ?? '',
    text: idx.slice(s.start, s.end),
  }));
});
const claim = {
  articleId: '003_1689a2795c3fa6a7',
  text: '“Whether any deal is struck remains to be seen,” he said.',
};
const paraphrase = sentences.find((s) =>
  s.text.startsWith('However, nothing at this stage has been communicated'),
)!;
const folder = join(import.meta.dirname, '..', '..', 'public', 'models', 'all-minilm-l6-v2');

describe('the evidence resources under Node (the contract for outside scoring)', () => {
  it('loads the shipped model and word vectors; an index given none ranks with them, by meaning', async () => {
    const resources = await loadEvidenceResources();
    expect(resources.problems).toEqual([]);
    expect(resources.model?.name).toBe('all-minilm-l6-v2-q');
    expect(resources.vectors).not.toBeNull();
    const [a, b, c] = await resources.model!.embed([
      'The leaders met at the cosmodrome.',
      'The two heads of state held talks at the space centre.',
      'Fish prices rose in the harbour market.',
    ]);
    const cos = (x: Float32Array, y: Float32Array) => x.reduce((s, v, k) => s + v * y[k]!, 0);
    expect(cos(a!, a!)).toBeCloseTo(1, 4);
    expect(cos(a!, b!)).toBeGreaterThan(cos(a!, c!) + 0.2);

    const index = createEvidenceIndex(sentences);
    const ranked = await index.rank(claim, { limit: 5 });
    expect(index.byMeaning).toBe(true);
    expect(index.embedded).toBe(sentences.length);
    const found = ranked.find((r) => r.id === paraphrase.id);
    expect(found?.byMeaning).toBe(true);
    // Without the model (the word vectors alone) the paraphrase is not among the first five.
    const without = createEvidenceIndex(sentences, {}, undefined, {
      vectors: resources.vectors,
      model: null,
    });
    expect((await without.rank(claim, { limit: 5 })).map((r) => r.id)).not.toContain(paraphrase.id);
  }, 60_000);

  it('refuses a damaged or wrong model file with a reason', async () => {
    const ort = await import('onnxruntime-web');
    const tokenizer = JSON.parse(readFileSync(join(folder, 'tokenizer.json'), 'utf8')) as unknown;
    const whole = new Uint8Array(readFileSync(join(folder, 'model.onnx')));
    await expect(
      createSentenceModel({ model: whole.subarray(0, 1 << 20), tokenizer }, ort),
    ).rejects.toThrow();
    await expect(
      createSentenceModel({ model: new TextEncoder().encode('<html>Not found</html>'), tokenizer }, ort),
    ).rejects.toThrow();
    await expect(
      createSentenceModel({ model: whole, tokenizer }, ort, {
        name: 'wrong',
        folder: 'x',
        dimensions: 768,
        pooling: 'mean',
      }),
    ).rejects.toThrow('384 dimensions, not 768');
  }, 60_000);
});
