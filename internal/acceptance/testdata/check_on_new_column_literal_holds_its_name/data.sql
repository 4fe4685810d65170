-- Every row gets the new column's default 'box', which the check refuses.
-- The literal 'kind' is text, not the column kind.
INSERT INTO parcel (id, weight) VALUES (1, 3), (2, 10);
