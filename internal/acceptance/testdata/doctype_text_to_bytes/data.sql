INSERT INTO attachment (body) VALUES ('plain'), ('back\\slash'), ('\\x41'), (NULL), ('é');
