// Reads an .ics file with ical.js, as calendar apps built on it do, and prints every occurrence of
// every event (recurrence rules and exceptions expanded) as JSON lines: uid, local start, time zone.
const fs = require("fs");
const ICAL = require("ical.js");

const component = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[2], "utf8")));
for (const vtimezone of component.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}
for (const vevent of component.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  const iterator = event.iterator();
  for (let next = iterator.next(), n = 0; next && n < 1000; next = iterator.next(), n++) {
    const start = event.isRecurring() ? event.getOccurrenceDetails(next).startDate : event.startDate;
    console.log(JSON.stringify({ uid: event.uid, start: start.toString(), zone: start.zone ? start.zone.tzid : null, status: vevent.getFirstPropertyValue("status") }));
    if (!event.isRecurring()) break;
  }
}
