CREATE TABLE parcel (
  id INTEGER PRIMARY KEY,
  weight INTEGER,
  kind VARCHAR(10) DEFAULT 'box',
  CONSTRAINT parcel_kind CHECK (kind IN ('kind', 'crate'))
);
