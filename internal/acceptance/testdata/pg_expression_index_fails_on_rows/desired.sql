-- CREATE INDEX computes its expressions for every row it covers:
-- a / b divides by zero on row 2 and 'soon'::integer does not convert, so
-- neither index can be built; limited by a predicate to rows where b <> 0
-- and code is a number, they can. lower(code) and a plain column always build.
CREATE TABLE event (
  id integer PRIMARY KEY,
  a integer,
  b integer,
  code text
);
CREATE INDEX event_ratio ON event ((a / b));
CREATE INDEX event_code ON event ((code::integer));
CREATE INDEX event_ratio_nonzero ON event ((a / b)) WHERE b <> 0;
CREATE INDEX event_code_numeric ON event ((code::integer)) WHERE code ~ '^[0-9]+$';
CREATE INDEX event_lower_code ON event (lower(code));
CREATE INDEX event_a ON event (a);
