INSERT INTO currency (code, label) VALUES ('EUR', 'Euro'), ('USD', 'Dollar');
INSERT INTO price (amount, currency) VALUES (1.50, 'EUR'), (2.00, 'USD'), (3.25, 'EUR');
