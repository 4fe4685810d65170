INSERT INTO item (id, price) VALUES (1, 25842), (2, 5);
