INSERT INTO item (qty) VALUES ('1'), ('22');
