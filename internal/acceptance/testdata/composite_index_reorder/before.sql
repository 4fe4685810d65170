CREATE TABLE page_view (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL,
  path VARCHAR(100) NOT NULL,
  day DATE NOT NULL,
  views INTEGER
);
CREATE INDEX page_view_site_day_idx ON page_view (site_id, day);
CREATE INDEX page_view_path_idx ON page_view (path);
