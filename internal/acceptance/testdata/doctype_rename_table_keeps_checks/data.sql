INSERT INTO ticket_old (state, points) VALUES ('open', 1), ('closed', 2), (NULL, NULL);
