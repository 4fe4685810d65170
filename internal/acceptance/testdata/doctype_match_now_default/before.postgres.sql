CREATE TABLE ev (id bigserial PRIMARY KEY, at timestamp DEFAULT now(), on_day date DEFAULT CURRENT_DATE);
