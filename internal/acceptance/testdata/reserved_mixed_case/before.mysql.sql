CREATE TABLE `order` (
  `id` INTEGER PRIMARY KEY,
  `Group` VARCHAR(30),
  `select` INTEGER,
  `User Name` VARCHAR(40)
);
