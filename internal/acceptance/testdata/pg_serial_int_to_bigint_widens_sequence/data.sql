INSERT INTO ticket (title) VALUES ('a'), ('b');
INSERT INTO event (title) VALUES ('a');
