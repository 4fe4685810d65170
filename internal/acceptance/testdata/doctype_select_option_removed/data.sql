INSERT INTO ticket (status, priority) VALUES ('new', 'low'), ('paid', 'high'), ('void', 'low'), ('void', 'high'), (NULL, 'low');
