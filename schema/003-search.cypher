// Full-text search that forgives: the standard-folding analyzer folds accents and case, so "Philemon"
// finds Philémon and "Cote d'Ivoire" finds Côte d'Ivoire, in the index and in the query alike. Offices
// (Position titles) and event places are searched too.
// It replaces entity_text (no folding, no offices or places). A full-text index is derived from the
// nodes, so dropping the old one loses nothing; after the first run the drop finds nothing to do.
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
  FOR (n:Treaty|State|Organization|Person|Position|Statement|Event|Process|Document|Claim)
  ON EACH [n.name, n.title, n.text, n.symbol, n.aliasesText, n.place]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
