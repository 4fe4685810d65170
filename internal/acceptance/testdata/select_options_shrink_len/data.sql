INSERT INTO shipment (state, carrier) VALUES ('pending','ups'),('pending','dhl'),('shipped','ups'),('delivered','fedex'),('delivered',NULL),(NULL,'ups'),('shipped','usps');
