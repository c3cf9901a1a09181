// Reads .ics files with ical.js, as calendar apps built on it do, and prints every occurrence of
// every event (recurrence rules and exceptions expanded) as JSON lines: the file, uid, local start,
// time zone, status, summary, description, sequence and stamp. A file ical.js cannot parse, or an
// event without UID, DTSTAMP or DTSTART, stops it with exit code 1 and the reason.
const fs = require("fs");
const ICAL = require("ical.js");

for (const file of process.argv.slice(2)) {
  let component;
  try {
    component = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    process.exit(1);
  }
  if (component.name !== "vcalendar") {
    console.error(`${file}: ${component.name}, not a VCALENDAR`);
    process.exit(1);
  }
  for (const vtimezone of component.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  for (const vevent of component.getAllSubcomponents("vevent")) {
    for (const required of ["uid", "dtstamp", "dtstart"]) {
      if (!vevent.hasProperty(required)) {
        console.error(`${file}: an event without ${required.toUpperCase()}`);
        process.exit(1);
      }
    }
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    for (let next = iterator.next(), n = 0; next && n < 1000; next = iterator.next(), n++) {
      const start = event.isRecurring() ? event.getOccurrenceDetails(next).startDate : event.startDate;
      console.log(JSON.stringify({
        file,
        uid: event.uid,
        start: start.toString(),
        zone: start.zone ? start.zone.tzid : null,
        status: vevent.getFirstPropertyValue("status"),
        summary: event.summary,
        description: event.description,
        sequence: vevent.getFirstPropertyValue("sequence") ?? 0, // absent: 0 (RFC 5545 §3.8.7.4)
        stamp: vevent.getFirstPropertyValue("dtstamp").toString(),
      }));
      if (!event.isRecurring()) break;
    }
  }
}
