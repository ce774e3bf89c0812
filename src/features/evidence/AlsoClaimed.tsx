import { useClaimsByIds } from '../../db/hooks';
import type { ArticleRecord } from '../../db/records';
import { outletName } from '../../domain/evidence/sources';
import { useUi } from '../../store/ui-store';

/** The same thing claimed in other articles (equivalent claims), each a link to it. */
export function AlsoClaimed({
  claimId,
  group,
  articles,
}: {
  claimId: string;
  group: readonly string[] | undefined;
  articles: ReadonlyMap<string, ArticleRecord>;
}) {
  const showClaim = useUi((s) => s.showClaim);
  const setActiveClaim = useUi((s) => s.setActiveClaim);
  const others = useClaimsByIds((group ?? []).filter((id) => id !== claimId));
  if (!others?.length) return null;
  return (
    <section className="also-claimed" aria-labelledby="also-claimed-heading">
      <h3 id="also-claimed-heading">Also claimed in</h3>
      <ul>
        {others.map((c) => {
          const a = articles.get(c.articleId);
          return (
            <li key={c.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  setActiveClaim(c.id);
                  showClaim(c.articleId, c.id);
                }}
              >
                {a ? outletName(a) : 'Unknown outlet'}: “{c.selector.quote.exact}”
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
