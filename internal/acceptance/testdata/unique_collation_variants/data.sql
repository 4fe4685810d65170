INSERT INTO subscriber (id, email, handle) VALUES
 (1,'a@x.io','bob'),(2,'A@x.io','bob '),(3,'b@x.io','rené'),(4,'b@x.io','rene'),(5,NULL,NULL),(6,NULL,NULL),(7,'c@x.io','Ann');
