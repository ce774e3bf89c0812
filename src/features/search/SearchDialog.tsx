import { useEffect, useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useArticles } from '../../db/hooks';
import { outletName } from '../../domain/evidence/sources';
import { VERDICT_LABELS } from '../../domain/types';
import { useUi, NO_FILTERS } from '../../store/ui-store';
import { fold, queryWords } from '../../domain/evidence/find';
import { findInDossier } from '../evidence/evidence-client';
import type { SentenceView } from '../evidence/evidence-protocol';
import { ensureIndexed, useEvidenceIndex } from '../evidence/use-evidence-index';
import { claimsPage } from '../table/claims-view-client';
import type { ClaimRow } from '../table/claim-rows';

/** Sentences and claims shown at most; the counts say how many there are in all. */
const LIMIT = 200;

interface Found {
  query: string;
  sentences: SentenceView[];
  sentenceTotal: number;
  claims: ClaimRow[];
  claimTotal: number;
}

/** The sentence with every query word start in bold. */
function Highlighted({ text, query }: { text: string; query: string }) {
  const words = queryWords(query);
  return (
    <>
      {text.split(/([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u).map((part, i) =>
        i % 2 === 1 && words.some((w) => fold(part).startsWith(w)) ? (
          <strong key={i} className="match">
            {part}
          </strong>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * Search across the dossier (`/`): sentences of every article (in the evidence worker) and claims
 * (in the claims-view worker), grouped by article with the hits in context; Enter jumps to the first
 * hit, any hit jumps to its place in the reader.
 */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const articles = useArticles();
  const evidence = useEvidenceIndex();
  const showSentence = useUi((s) => s.showSentence);
  const showClaim = useUi((s) => s.showClaim);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q || !evidence) {
      setFound(null);
      return;
    }
    let live = true;
    ensureIndexed(evidence);
    const timer = setTimeout(() => {
      void Promise.all([
        findInDossier(q, LIMIT),
        claimsPage(
          {
            filters: { ...NO_FILTERS, search: q },
            match: 'words',
            sort: { id: 'claim', desc: false },
            grouped: false,
          },
          0,
          LIMIT,
        ),
      ]).then(([s, c]) => {
        if (live)
          setFound({
            query: q,
            sentences: s.hits,
            sentenceTotal: s.total,
            claims: c.page.rows,
            claimTotal: c.page.shown,
          });
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, evidence]);

  const groups = useMemo(() => {
    if (!found || !articles) return [];
    const byArticle = new Map<string, { claims: ClaimRow[]; sentences: SentenceView[] }>();
    const entry = (id: string) => {
      let e = byArticle.get(id);
      if (!e) byArticle.set(id, (e = { claims: [], sentences: [] }));
      return e;
    };
    for (const c of found.claims) entry(c.articleId).claims.push(c);
    for (const s of found.sentences) entry(s.articleId).sentences.push(s);
    return articles.filter((a) => byArticle.has(a.id)).map((a) => ({ article: a, ...byArticle.get(a.id)! }));
  }, [found, articles]);

  const jumpToSentence = (s: SentenceView) => {
    onClose();
    showSentence(s.articleId, s.start);
  };
  const jumpToClaim = (c: ClaimRow) => {
    onClose();
    showClaim(c.articleId, c.id);
  };
  const fresh = Boolean(found && found.query === query.trim());
  const jumpToFirst = () => {
    const first = groups[0];
    if (first?.claims[0]) jumpToClaim(first.claims[0]);
    else if (first?.sentences[0]) jumpToSentence(first.sentences[0]);
  };
  // Enter pressed while the search still runs jumps once its results are in, not to stale ones.
  const [enterPending, setEnterPending] = useState(false);
  const firstClaim = groups[0]?.claims[0];
  const firstSentence = groups[0]?.sentences[0];
  useEffect(() => {
    if (!enterPending || !fresh) return;
    setEnterPending(false);
    if (firstClaim) {
      onClose();
      showClaim(firstClaim.articleId, firstClaim.id);
    } else if (firstSentence) {
      onClose();
      showSentence(firstSentence.articleId, firstSentence.start);
    }
  }, [enterPending, fresh, firstClaim, firstSentence, onClose, showClaim, showSentence]);

  return (
    <Dialog open title="Search the dossier" onClose={onClose} className="search-dialog">
      <input
        type="search"
        aria-label="Search the dossier"
        placeholder="Words in any article or claim…"
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Esc closes at once (a search box would only clear itself first).
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
            return;
          }
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (fresh) jumpToFirst();
          else if (query.trim()) setEnterPending(true);
        }}
      />
      <p className="muted small" role="status">
        {!query.trim()
          ? 'Every word must start a word in the sentence or claim; case and accents do not matter.'
          : !found || found.query !== query.trim()
            ? 'Searching…'
            : `${found.sentenceTotal} ${found.sentenceTotal === 1 ? 'sentence' : 'sentences'} and ${found.claimTotal} ${found.claimTotal === 1 ? 'claim' : 'claims'} in ${groups.length} ${groups.length === 1 ? 'article' : 'articles'}${found.sentenceTotal > LIMIT || found.claimTotal > LIMIT ? ` (the first ${LIMIT} of each shown)` : ''}.`}
      </p>
      <div className="search-results">
        {groups.map(({ article, claims, sentences }) => (
          <section key={article.id} aria-label={article.headline} className="search-group">
            <h3>
              {article.headline} <span className="muted small">{outletName(article)}</span>
            </h3>
            <ul>
              {claims.map((c) => (
                <li key={c.id}>
                  <button type="button" className="search-hit claim-hit" onClick={() => jumpToClaim(c)}>
                    <span className="flag flag-info">Claim · {VERDICT_LABELS[c.verdict]}</span>{' '}
                    <Highlighted text={c.text} query={found!.query} />
                  </button>
                </li>
              ))}
              {sentences.map((s) => (
                <li key={s.start}>
                  <button type="button" className="search-hit" onClick={() => jumpToSentence(s)}>
                    <Highlighted text={s.text} query={found!.query} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
