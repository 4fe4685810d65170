CREATE TABLE `user` (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `from` varchar(1)
);
