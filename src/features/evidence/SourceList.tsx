import { describeSource, type Corroboration } from '../../domain/evidence';
import type { ArticleRecord } from '../../db/records';

interface Props {
  judged: Corroboration;
  articles: ReadonlyMap<string, ArticleRecord>;
  number: (linkId: string) => number | undefined;
}

/** Which sources count and why the others do not: the reasons behind the panel's figure. */
export function SourceList({ judged, articles, number }: Props) {
  if (!judged.sources.length) return null;
  return (
    <section className="source-list" aria-labelledby="sources-heading">
      <h3 id="sources-heading">Sources</h3>
      <ul aria-label="Sources">
        {judged.sources.map((s) => {
          const a = articles.get(s.articleId);
          const links = s.linkIds.map((id) => `#${number(id)}`).join(', ');
          return (
            <li key={`${s.relation}:${s.articleId}`} className={s.counts ? 'source counts' : 'source'}>
              <span className="source-name">
                <span aria-hidden="true">{s.relation === 'supports' ? '✓' : '✗'} </span>
                {s.outlet ?? 'Unknown outlet'}
                <span className="muted">
                  {' '}
                  · {s.relation === 'supports' ? 'supports' : 'contradicts'} · {links}
                </span>
              </span>
              <span className="small">{describeSource(s, number)}</span>
              {a ? <span className="muted small source-headline">{a.headline}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
