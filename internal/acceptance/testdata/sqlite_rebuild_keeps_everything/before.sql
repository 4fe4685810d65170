-- A rebuild (the length changes force one) must keep what SQLite keeps
-- outside the table's own definition.
CREATE TABLE item (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(10));
CREATE VIEW item_v AS SELECT id, name FROM item;
CREATE TRIGGER item_v_ins INSTEAD OF INSERT ON item_v BEGIN INSERT INTO item (name) VALUES (NEW.name); END;
CREATE TABLE parent (id INTEGER PRIMARY KEY, note VARCHAR(10));
CREATE TRIGGER parent_ad AFTER DELETE ON parent BEGIN DELETE FROM item WHERE name = OLD.note; END;
CREATE TABLE tag (label VARCHAR(10));
