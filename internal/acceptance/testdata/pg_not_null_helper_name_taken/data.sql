INSERT INTO d VALUES (1, 'a@x', '1'), (2, 'b@x', '2');
ALTER TABLE d ADD CONSTRAINT d_phone_not_null CHECK (phone IS NOT NULL) NOT VALID;
