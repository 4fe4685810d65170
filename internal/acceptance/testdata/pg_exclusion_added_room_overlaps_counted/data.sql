-- Counted: the rows whose span overlaps that of a row before them of the
-- same room, ordered by span (8, checked with a self-join on PostgreSQL 15;
-- deleting them lets ADD CONSTRAINT build, which fails with them):
-- 3 ([13,15) over [12,14)); room 2 sorts [10,12], [12,13), (12,14): 12
-- touches [10,12] at 12 (both bounds inclusive) and 11 overlaps [12,13);
-- room 3 sorts (,3), (,5), [1,), [100,200): all but the first; room 4 is a
-- chain [1,5), [4,8), [7,10): 31 and 32 (deleting 31 alone would do).
-- Not counted: adjacent [10,12) and [12,14), empty ranges, NULL rooms and
-- spans, equal spans in different rooms.
INSERT INTO slot (id, room, span) VALUES
  (1, 1, '[10,12)'), (2, 1, '[12,14)'), (3, 1, '[13,15)'), (4, 1, 'empty'), (5, 1, 'empty'), (6, 1, NULL),
  (10, 2, '[10,12]'), (11, 2, '(12,14)'), (12, 2, '[12,13)'),
  (20, 3, '(,5)'), (21, 3, '(,3)'), (22, 3, '[1,)'), (23, 3, '[100,200)'),
  (30, 4, '[1,5)'), (31, 4, '[4,8)'), (32, 4, '[7,10)'),
  (40, NULL, '[10,12)'), (41, NULL, '[10,12)'),
  (50, 5, '[10,12)'), (51, 6, '[10,12)');
