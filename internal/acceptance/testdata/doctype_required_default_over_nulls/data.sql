INSERT INTO task (status) VALUES ('open'), (NULL), ('done'), (NULL);
