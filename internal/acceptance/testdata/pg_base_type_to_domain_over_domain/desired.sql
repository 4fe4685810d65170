-- Each column becomes a domain whose base is another domain. The cast to
-- small checks nonneg's CHECK as well as its own: n holds -1 (below
-- nonneg's 0) and 150 (over small's 100). shortcode's NOT NULL comes from
-- code: c holds a NULL and 'abcd'. d is already a code and moves to the
-- domain over it: only 'abcd' fails. k's values all pass.
CREATE DOMAIN nonneg AS integer CHECK (VALUE >= 0);
CREATE DOMAIN small AS nonneg CHECK (VALUE <= 100);
CREATE DOMAIN code AS text NOT NULL;
CREATE DOMAIN shortcode AS code CHECK (length(VALUE) <= 3);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n small,
  k small,
  c shortcode,
  d shortcode
);
