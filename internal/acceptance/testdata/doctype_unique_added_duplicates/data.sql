INSERT INTO person (email, handle) VALUES ('a@x', 'ann'), ('a@x', 'ann2'), ('b@x', 'bob'), ('c@x', 'cy'), ('c@x', 'cy2'), ('c@x', 'cy3'), (NULL, 'n1'), (NULL, 'n2');
