CREATE TABLE entry (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `order` varchar(4),
  `group` varchar(10),
  `Mixed Case` varchar(1),
  `user` bigint,
  KEY entry_group_idx (`group`),
  KEY entry_user_idx (`user`),
  CONSTRAINT entry_user_fkey FOREIGN KEY (`user`) REFERENCES entry (id),
  CONSTRAINT entry_order_check CHECK (`order` IN ('asc', 'desc', 'none')),
  CONSTRAINT `entry_Mixed Case_check` CHECK (`Mixed Case` IN ('a', 'b'))
);
