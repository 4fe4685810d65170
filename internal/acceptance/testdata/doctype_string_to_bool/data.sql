INSERT INTO pref (v) VALUES ('1'), ('0'), ('yes'), ('on'), ('t'), ('2'), ('true'), (NULL), (' false ');
