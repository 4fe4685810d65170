INSERT INTO customer (email) VALUES ('Ann@x.io'), ('ann@x.io'), ('ann@x.io '), ('bo@x.io'), (NULL), (NULL);
