-- A partial constraint (WHERE) is not of the form the probe counts: with
-- two rows or more it stays not_checkable. These two overlap.
INSERT INTO booking (id, room, during) VALUES
  (1, 1, '[2024-01-01 10:00, 2024-01-01 12:00)'),
  (2, 1, '[2024-01-01 11:00, 2024-01-01 13:00)');
