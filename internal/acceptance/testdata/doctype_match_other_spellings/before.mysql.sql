CREATE TABLE `event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(60) NOT NULL DEFAULT 'untitled',
  `level` varchar(4) NOT NULL DEFAULT 'low',
  `seats` int(11) NOT NULL DEFAULT '10',
  `fee` decimal(6,2) DEFAULT '1.50',
  `starts_at` datetime DEFAULT current_timestamp(),
  `day` date DEFAULT NULL,
  `public` tinyint(1) NOT NULL DEFAULT 0,
  `body` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_level_check` CHECK (`level` in ('low','mid','high'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
