-- As mysql_fk_parent_widened_child_orphans, but the plan drops c_p. The
-- renderer then does not lift the key around the MODIFY (the DROP FOREIGN
-- KEY is that change's own) and nothing adds it back, so row 2's orphan
-- never fails anything: on MariaDB 10.11, ALTER TABLE c DROP FOREIGN KEY
-- c_p then ALTER TABLE p MODIFY code VARCHAR(20) both succeed with the
-- orphan in place. Counting it made the widening DANGEROUS; sync kept it
-- back, and the next plan found it SAFE (fuzz seed 961183, where the
-- counted key's parent was retyped to TEXT: not_checkable).
CREATE TABLE p (code VARCHAR(20) PRIMARY KEY);
CREATE TABLE c (id INT PRIMARY KEY, code VARCHAR(10));
