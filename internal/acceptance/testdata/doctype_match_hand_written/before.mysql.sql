CREATE TABLE author (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  email VARCHAR(200) UNIQUE,
  status VARCHAR(7) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
  verified BOOLEAN DEFAULT FALSE
) ENGINE=InnoDB;
CREATE TABLE book (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  author BIGINT NOT NULL,
  price DECIMAL(8, 2),
  published_on DATE,
  copies DECIMAL(10),
  kind VARCHAR(5) CHECK (kind IN ('paper', 'ebook')),
  INDEX (author),
  FOREIGN KEY (author) REFERENCES author(id) ON DELETE CASCADE,
  UNIQUE (author, title)
) ENGINE=InnoDB;
