CREATE TABLE item (id INTEGER PRIMARY KEY,
  quantity VARCHAR(9), -- previously: qty
  copy TEXT);
CREATE TRIGGER item_ai AFTER INSERT ON item BEGIN UPDATE item SET copy = NEW.quantity WHERE id = NEW.id; END;
CREATE VIEW item_v AS SELECT id, quantity FROM item;
CREATE TABLE log (item_qty TEXT);
CREATE TRIGGER log_ai AFTER INSERT ON log BEGIN UPDATE item SET copy = NEW.item_qty WHERE quantity = NEW.item_qty; END;
