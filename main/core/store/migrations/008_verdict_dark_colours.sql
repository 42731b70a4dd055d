-- Factdesk schema 8: a verdict's colour for each theme (issue 12). One colour cannot be both dark
-- enough for 3:1 on the light theme's white and light enough for 3:1 on the dark theme's surface
-- and still leave six verdicts told apart, so each verdict gets a dark-theme colour. Existing
-- verdicts keep their colour for the dark theme (the scale editor checked it on both); the default
-- verdicts whose colours the desk never changed get the new defaults: "Mostly true" and "Half true"
-- were below 3:1 on white, and the dark theme's defaults are brighter.
ALTER TABLE verdict ADD COLUMN color_dark TEXT;

UPDATE verdict SET color = CASE key
  WHEN 'mostly_true' THEN '#4d7c0f'
  WHEN 'half_true' THEN '#9a6700'
END
WHERE (key = 'mostly_true' AND color = '#6aa84f') OR (key = 'half_true' AND color = '#d4a72c');

UPDATE verdict SET color_dark = CASE
  WHEN key = 'true' AND color = '#1a7f37' THEN '#3fb950'
  WHEN key = 'mostly_true' AND color = '#4d7c0f' THEN '#a3c43b'
  WHEN key = 'half_true' AND color = '#9a6700' THEN '#d29922'
  WHEN key = 'mostly_false' AND color = '#e16f24' THEN '#f0883e'
  WHEN key = 'false' AND color = '#cf222e' THEN '#f85149'
  WHEN key = 'unverifiable' AND color = '#6e7781' THEN '#8b949e'
  ELSE color
END;
