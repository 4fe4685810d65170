INSERT INTO item (name) VALUES ('bolt'), ('nut'), ('screw');
