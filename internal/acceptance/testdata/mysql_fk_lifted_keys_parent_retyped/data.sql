-- Widening item.code lifts both its keys (MariaDB refuses to retype a
-- column a key uses, error 1833) and adds them back. The plan also makes
-- p2.code a CHAR, which reads 'a ' as 'a': under the NO PAD collation the
-- child's 'a ' no longer finds it, and adding item_p2 back fails (1452,
-- measured on MariaDB 10.11 with the MODIFY and ADD CONSTRAINT the plan
-- runs). Counted on p2's values now the key finds every parent, a false 0
-- that left the widening SAFE; the lifted key's parent values after the
-- plan are not computed, so both findings are not_checkable.
INSERT INTO p1 (code) VALUES ('a '), ('b');
INSERT INTO p2 (code) VALUES ('a '), ('b');
INSERT INTO item (id, code) VALUES (1, 'a '), (2, 'b'), (3, NULL);
