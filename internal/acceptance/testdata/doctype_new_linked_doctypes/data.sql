INSERT INTO note (body) VALUES ('hello');
