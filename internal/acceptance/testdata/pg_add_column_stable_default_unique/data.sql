INSERT INTO event VALUES (1), (2), (3);
INSERT INTO single VALUES (1);
INSERT INTO noisy VALUES (1), (2), (3);
INSERT INTO stamp VALUES (1), (2);
