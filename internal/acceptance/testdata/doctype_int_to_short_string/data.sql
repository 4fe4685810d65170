INSERT INTO code (v) VALUES (-100), (999), (1000), (-99), (NULL), (0);
