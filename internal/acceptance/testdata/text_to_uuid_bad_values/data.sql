INSERT INTO token (id, ref) VALUES
 (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
 (2, '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12'),
 (3, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a13}'),
 (4, '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a14}'),
 (5, 'A0EEBC999C0B4EF8BB6D6BB9BD380A15'),
 (6, 'not-a-uuid'),
 (7, NULL),
 (8, ' a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a18');
