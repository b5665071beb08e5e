// name: evidence-per-day
// title: Evidence per day
// description: How many evidence sentences the graph holds for each day (the viewer's time slider and its histogram).
// serves: the viewer's time slider
// returns: table
MATCH (e:Evidence)
WHERE e.date IS NOT NULL
RETURN e.date AS date, count(e) AS evidence
ORDER BY date
