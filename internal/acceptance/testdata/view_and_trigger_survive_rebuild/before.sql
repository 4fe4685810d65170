CREATE TABLE entry (
  id INTEGER PRIMARY KEY,
  label VARCHAR(20)
);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  entry_id INTEGER
);
CREATE VIEW entry_labels AS SELECT id, label FROM entry;
CREATE TRIGGER entry_audit AFTER INSERT ON entry BEGIN
  INSERT INTO audit (entry_id) VALUES (NEW.id);
END;
