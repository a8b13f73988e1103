/// `rounds/<id>/calendar.ics`: a round's dates as an iCalendar file (RFC 5545) that
/// participants can import or subscribe to. All-day events: the application window, the start,
/// the end, and each topic release. Everything in it comes from the input: the UIDs from the
/// round, the site's address and the event, so that a subscribed calendar updates an event
/// rather than adding it again; DTSTAMP from the latest of the round's dates, never the clock,
/// so that the same input gives the same bytes.
enum RoundCalendar {
    /// Whether the round has a calendar: not without a known date, as a calendar without events
    /// helps nobody.
    static func hasEvents(_ round: Round, in site: Site) -> Bool { latestDate(of: round, in: site) != nil }

    private static func latestDate(of round: Round, in site: Site) -> CalendarDate? {
        let dates = [round.applicationsOpen, round.applicationsClose, round.start, round.end].compactMap(\.value)
        return (dates + (site.releasesByRound[round.id] ?? []).compactMap(\.date.value)).max()
    }

    static func file(for round: Round, in site: Site) -> OutputFile? {
        let routes = site.routes
        let strings = site.theme.strings
        let releases = (site.releasesByRound[round.id] ?? []).compactMap { release in
            release.date.value.map { (release, $0) }
        }
        guard let latest = latestDate(of: round, in: site) else { return nil }
        let stamp = basic(latest) + "T000000Z"
        let host = uidDomain(site.routes.baseURL)
        let roundURL = routes.canonicalURL(of: routes.round(round.id))
        let names = ["round": round.name, "site": site.config.title]
        var events: [Event] = []
        switch (round.applicationsOpen.value, round.applicationsClose.value) {
        case (let open?, let close?) where open <= close:
            events.append(
                Event(
                    uid: "applications", first: open, last: close,
                    summary: strings.text("calendar.applications", names), url: roundURL))
        case (let open, let close):
            if let open {
                events.append(
                    Event(
                        uid: "applications-open", first: open, last: open,
                        summary: strings.text("calendar.applications_open", names), url: roundURL))
            }
            if let close {
                events.append(
                    Event(
                        uid: "applications-close", first: close, last: close,
                        summary: strings.text("calendar.applications_close", names), url: roundURL))
            }
        }
        if let start = round.start.value {
            events.append(
                Event(
                    uid: "start", first: start, last: start, summary: strings.text("calendar.start", names),
                    url: roundURL))
        }
        if let end = round.end.value {
            events.append(
                Event(uid: "end", first: end, last: end, summary: strings.text("calendar.end", names), url: roundURL))
        }
        for (release, date) in releases {
            let topic = site.topic(release.topic)
            let values = names.merging(["topic": topic?.title ?? release.topic, "week": String(release.week)]) { $1 }
            events.append(
                Event(
                    uid: "week-\(release.week)-\(release.topic)", first: date, last: date,
                    summary: strings.text("calendar.release", values),
                    url: routes.canonicalURL(of: routes.topic(release.topic)), description: topic?.summary))
        }

        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Roundtable//Roundtable//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escaped(strings.text("calendar.name", names)),
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:roundtable-\(round.id)-\(event.uid)@\(host)",
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + basic(event.first),
                // The end of an all-day event is the day after its last.
                "DTEND;VALUE=DATE:" + basic(event.last.adding(days: 1)),
                "SUMMARY:" + escaped(event.summary),
            ]
            if let description = event.description, !description.isEmpty {
                lines.append("DESCRIPTION:" + escaped(description))
            }
            lines += ["URL:" + event.url, "TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        let text = lines.map(folded).joined(separator: "\r\n") + "\r\n"
        return OutputFile(path: routes.calendar(round.id).outputFile, text: text)
    }

    private struct Event {
        let uid: String
        let first: CalendarDate
        let last: CalendarDate
        let summary: String
        let url: String
        var description: String?
    }

    /// `20150301`.
    private static func basic(_ date: CalendarDate) -> String {
        date.iso.replacingOccurrences(of: "-", with: "")
    }

    /// The site's host and path, `example.org/iln`: unique to the site, the same on every build.
    private static func uidDomain(_ baseURL: BaseURL) -> String {
        baseURL.host + baseURL.path.dropLast()
    }

    /// TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 3.3.11).
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": break
            default: result.append(character)
            }
        }
        return result
    }

    /// Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1),
    /// never inside a character's UTF-8 bytes.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var result = ""
        var count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(character)
            count += size
        }
        return result
    }
}
