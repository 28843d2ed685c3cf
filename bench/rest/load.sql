-- Data of the REST benchmark, loaded after the generated backend created the tables (on its
-- first start). Deterministic: setseed before the random() calls.
SELECT setseed(0.42);

INSERT INTO users (name, email, "createdAt", "updatedAt")
SELECT 'User ' || i, 'user' || i || '@example.com',
       timestamptz '2023-06-01 00:00:00+00' + i * interval '1 hour',
       timestamptz '2023-06-01 00:00:00+00' + i * interval '1 hour'
FROM generate_series(1, :users) AS i;

-- status: 50% published, 40% draft, 10% archived; views: long-tailed (P(views > 100) ≈ 19%);
-- createdAt: unique, one post every ~5 minutes over a year, with milliseconds.
INSERT INTO posts (title, excerpt, status, views, "authorId", "createdAt", "updatedAt")
SELECT 'Post number ' || i,
       'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua (' || i || ').',
       CASE WHEN r1 < 0.5 THEN 'published' WHEN r1 < 0.9 THEN 'draft' ELSE 'archived' END,
       floor(-ln(1 - r2) * 60)::int,
       1 + floor(r3 * :users)::int,
       c, c + floor(r2 * 30 * 86400000) * interval '1 millisecond'
FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3,
             timestamptz '2024-01-01 00:00:00+00' + i * interval '317 seconds' + (i % 1000) * interval '1 millisecond' AS c
      FROM generate_series(1, :posts) AS i) AS g;

ANALYZE users;
ANALYZE posts;
