INSERT INTO account (id, plan, credits, country) VALUES (1,'free',0,'DE'),(2,'pro',100,NULL),(3,NULL,NULL,'US');
