-- The starter topic list. Admins rename, add and retire topics from /admin;
-- slugs stay stable so profiles and matching never break.
INSERT INTO "topics" ("slug", "name") VALUES
  ('grief', 'Grief and loss'),
  ('loneliness', 'Loneliness'),
  ('moving', 'A move or a new place'),
  ('parenting', 'Parenting'),
  ('recovery', 'Recovery'),
  ('chronic-illness', 'Living with chronic illness'),
  ('identity', 'Identity'),
  ('work-study', 'Work and study'),
  ('relationships', 'Relationships'),
  ('caring', 'Caring for someone'),
  ('career-change', 'A career change'),
  ('new-parent', 'Becoming a parent')
ON CONFLICT ("slug") DO NOTHING;
