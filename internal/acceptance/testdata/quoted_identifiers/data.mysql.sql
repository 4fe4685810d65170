INSERT INTO `Order Items` (`ID`, `Unit "Price"`, `group`) VALUES (1, 5, 'short'), (2, NULL, 'a rather long name'), (3, 7, NULL);
