-- A column rename runs before the rebuild, and SQLite rewrites the
-- triggers and views that name the column; the rebuild then recreates
-- them, and must do so from the rewritten text, not the text read before.
CREATE TABLE item (id INTEGER PRIMARY KEY, qty VARCHAR(5), copy TEXT);
CREATE TRIGGER item_ai AFTER INSERT ON item BEGIN UPDATE item SET copy = NEW.qty WHERE id = NEW.id; END;
CREATE VIEW item_v AS SELECT id, qty FROM item;
CREATE TABLE log (item_qty TEXT);
CREATE TRIGGER log_ai AFTER INSERT ON log BEGIN UPDATE item SET copy = NEW.item_qty WHERE qty = NEW.item_qty; END;
