CREATE TABLE `order` (
  id INTEGER PRIMARY KEY,
  `user` VARCHAR(20),
  `Select` INTEGER
);
