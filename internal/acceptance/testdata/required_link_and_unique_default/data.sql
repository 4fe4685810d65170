INSERT INTO team (id, name) VALUES (1,'red');
INSERT INTO member (id, nick) VALUES (1,'a'),(2,'b'),(3,'c');
