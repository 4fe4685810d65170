INSERT INTO member (email, handle) VALUES ('a@x', 'ann'), ('a@x', 'bob'), ('b@x', 'cat'), (NULL, 'dan'), (NULL, 'eve'), ('c@x', 'fay'), ('c@x', 'gus'), ('c@x', 'hal');
