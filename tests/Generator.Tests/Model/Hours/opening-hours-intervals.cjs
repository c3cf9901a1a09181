// Prints the hours fixture with each value's intervals as opening_hours.js (the OSM reference parser,
// from the test project's npm packages) gives them over the fixture's windows of days.
// Usage: node opening-hours-intervals.cjs opening-hours-fixture.json > opening-hours-fixture.json.new
// Wall-clock times only: the dates are read in UTC, so no daylight-saving change shifts an hour.
// opening_hours.js gives a span opened by a « PH » rule the holiday's name as comment; we do not name
// holidays, so a comment the value does not write is left out.
process.env.TZ = "UTC";
const fs = require("node:fs");
const path = require("node:path");
const OpeningHours = require(path.join(__dirname, "..", "..", "node_modules", "opening_hours"));

// Public holidays of metropolitan France (Tours, Centre-Val de Loire: no regional holiday).
const where = { lat: 47.39, lon: 0.69, address: { country_code: "fr", state: "Centre-Val de Loire" } };

const pad = (n) => String(n).padStart(2, "0");
const stamp = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
const day = (text) => new Date(`${text}T00:00:00Z`);

const fixture = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const cases = fixture.cases.map(({ hours }) => {
  const oh = new OpeningHours(hours, where, { mode: 0, locale: "en" });
  const intervals = fixture.windows.flatMap(([from, to]) =>
    oh.getOpenIntervals(day(from), day(to)).map(([start, end, unknown, comment]) =>
      [stamp(start), stamp(end), unknown ? "unknown" : null, comment == null || !hours.includes(`"${comment}"`) ? null : JSON.stringify(comment)].filter((x) => x !== null).join(" ")));
  return { hours, intervals };
});
const versions = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "node_modules", "opening_hours", "package.json"), "utf8")).version;
process.stdout.write(JSON.stringify({ source: `opening_hours ${versions}, printed by opening-hours-intervals.cjs`, windows: fixture.windows, cases }, null, 2) + "\n");
