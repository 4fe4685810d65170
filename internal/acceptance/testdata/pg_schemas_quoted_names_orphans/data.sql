INSERT INTO public."User Accounts" VALUES (1, 'Ann', NULL), (2, NULL, 'x');
INSERT INTO sales."order" VALUES (10, 1, 'Paid', '5.5'), (11, 7, 'new', 'n/a'), (12, NULL, 'shipped out', '1');
INSERT INTO public.other VALUES (1);
