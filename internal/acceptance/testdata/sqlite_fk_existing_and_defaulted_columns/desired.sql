CREATE TABLE region (
  country TEXT NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (country, code)
);
CREATE TABLE grid (
  zone TEXT NOT NULL,
  level TEXT NOT NULL,
  UNIQUE (zone, level)
);
CREATE TABLE shop (
  id INTEGER PRIMARY KEY,
  country TEXT,
  zone INTEGER,
  region_code TEXT DEFAULT 'hq',
  level INTEGER DEFAULT '01',
  FOREIGN KEY (country, region_code) REFERENCES region (country, code),
  FOREIGN KEY (zone, level) REFERENCES grid (zone, level)
);
