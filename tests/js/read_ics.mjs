// Reads iCalendar files with Mozilla's ical.js (the parser of Thunderbird and many web
// clients) and prints what it understood as JSON, one object per file:
// every VEVENT with its UID, SEQUENCE, STATUS, SUMMARY and its start as a UTC instant, and
// the first occurrences of a recurring event. The VTIMEZONEs of the file itself are used:
// nothing is taken from the machine's own time zone data.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const OCCURRENCES = 24;

function utc(time) {
  return time.toJSDate().toISOString();
}

function readFile(path) {
  const root = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  ICAL.TimezoneService.reset();
  for (const zone of root.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  const events = root.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const start = component.getFirstPropertyValue("dtstart");
    const recurrence = component.getFirstPropertyValue("recurrence-id");
    const item = {
      uid: event.uid,
      sequence: event.sequence,
      status: component.getFirstPropertyValue("status") || "",
      summary: event.summary,
      tzid: component.getFirstProperty("dtstart").getParameter("tzid") || "",
      local: start.toString(),
      start: utc(start),
      recurrence_id: recurrence ? utc(recurrence) : null,
      occurrences: [],
    };
    if (event.isRecurring() && !recurrence) {
      const it = event.iterator();
      for (let n = 0, next = it.next(); next && n < OCCURRENCES; n++, next = it.next()) {
        item.occurrences.push(utc(next));
      }
    }
    return item;
  });
  return { file: path, events };
}

console.log(JSON.stringify(process.argv.slice(2).map(readFile)));
