INSERT INTO person (id, nm) VALUES (1, 'Ann'), (2, 'Bartholomew Bartholomew'), (3, NULL);
