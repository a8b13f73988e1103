import Foundation
import Testing

@testable import RoundtableKit

/// Every round calendar of the demo site, read by a standard iCalendar parser (Python's
/// `icalendar`), says what the round file says; text survives escaping and folding.
@Suite struct CalendarTests {
    static var hasParser: Bool {
        guard let python = TestSupport.python else { return false }
        return (try? TestSupport.run(python, ["-c", "import icalendar"]).status) == 0
    }

    /// Prints, for each file given, its events as JSON; exits 1 if one cannot be parsed.
    static let reader = """
        import json, sys, icalendar
        out = {}
        for path in sys.argv[1:]:
            calendar = icalendar.Calendar.from_ical(open(path, 'rb').read())
            assert calendar.name == 'VCALENDAR' and str(calendar['VERSION']) == '2.0' and 'PRODID' in calendar
            events = []
            for event in calendar.walk('VEVENT'):
                events.append({key: str(event.get(key, '')) for key in ['UID', 'SUMMARY', 'URL', 'DESCRIPTION']}
                    | {'start': event.decoded('DTSTART').isoformat(), 'end': event.decoded('DTEND').isoformat(),
                       'stamp': event.decoded('DTSTAMP').isoformat()})
            out[path] = events
        print(json.dumps(out))
        """

    static func parse(_ paths: [String]) throws -> [String: [[String: String]]] {
        let python = try #require(TestSupport.python)
        let result = try TestSupport.run(python, ["-c", reader] + paths)
        #expect(result.status == 0, "icalendar could not read the calendars: \(result.stderr)")
        return try JSONDecoder().decode([String: [[String: String]]].self, from: Data(result.stdout.utf8))
    }

    @Test(.enabled(if: hasParser || TestSupport.toolsRequired))
    func everyRoundCalendarParsesAndMatchesItsRound() async throws {
        let output = TestSupport.temporaryDirectory().appendingPathComponent("demo")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: output).succeeded)
        let rounds = output.appendingPathComponent("rounds")
        let ids = try FileManager.default.contentsOfDirectory(atPath: rounds.path).sorted()
        let paths = ids.map { rounds.appendingPathComponent("\($0)/calendar.ics").path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        #expect(paths.count == 6, "every round with a known date has a calendar: \(ids)")

        for path in paths {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
            #expect(lines.allSatisfy { $0.last == UInt8(ascii: "\r") }, "lines end in CRLF: \(path)")
            #expect(lines.allSatisfy { $0.count - 1 <= 75 }, "lines are folded at 75 octets: \(path)")
        }
        let calendars = try Self.parse(paths)
        let uids = calendars.values.flatMap { $0.map { $0["UID"]! } }
        #expect(Set(uids).count == uids.count, "UIDs are unique")

        // 2015A (content/rounds/2015A.yaml): applications close 2015-02-15 (their opening is
        // unknown), it starts on 2015-03-01 (its end is unknown) and schedules nine guides.
        let round = try #require(calendars[rounds.appendingPathComponent("2015A/calendar.ics").path])
        let byUID = Dictionary(uniqueKeysWithValues: round.map { ($0["UID"]!, $0) })
        let start = try #require(byUID["roundtable-2015A-start@example.org/iln"])
        #expect(start["start"] == "2015-03-01" && start["end"] == "2015-03-02")
        #expect(start["SUMMARY"] == "Round 2015A begins")
        #expect(start["URL"] == "https://example.org/iln/rounds/2015A/")
        #expect(byUID["roundtable-2015A-end@example.org/iln"] == nil, "an unknown date is no event")
        #expect(byUID["roundtable-2015A-applications@example.org/iln"] == nil)
        #expect(byUID["roundtable-2015A-applications-close@example.org/iln"]?["start"] == "2015-02-15")
        let releases = round.filter { $0["UID"]!.contains("-week-") }
        #expect(releases.count == 9)
        let first = try #require(byUID["roundtable-2015A-week-1-getting-to-know-you@example.org/iln"])
        #expect(first["SUMMARY"] == "Round 2015A, week 1: Getting to know you")
        #expect(first["URL"] == "https://example.org/iln/topics/getting-to-know-you/")
        #expect(first["DESCRIPTION"]?.hasPrefix("The first topic of every round. Say hello, share") == true)
        let latest = try #require(round.map { $0["start"]! }.max())
        #expect(round.allSatisfy { $0["stamp"] == latest + "T00:00:00+00:00" }, "DTSTAMP is the round's latest date")

        let page = try String(contentsOf: rounds.appendingPathComponent("2015A/index.html"), encoding: .utf8)
        #expect(page.contains("<a href=\"../../rounds/2015A/calendar.ics\" type=\"text/calendar\">"))
        let pilot = try String(contentsOf: rounds.appendingPathComponent("pilot/index.html"), encoding: .utf8)
        #expect(!pilot.contains("calendar.ics"), "a round without known dates has no calendar to link to")
    }

    /// Commas, semicolons, backslashes and line breaks are escaped, and a long line of
    /// several-byte characters is folded between characters, never inside one.
    @Test(.enabled(if: hasParser || TestSupport.toolsRequired))
    func textSurvivesEscapingAndFolding() throws {
        let text = "Bibliothèques, 图书馆; a\\b\nnext line " + String(repeating: "é图", count: 40)
        let line = RoundCalendar.folded("SUMMARY:" + RoundCalendar.escaped(text))
        let parts = line.utf8.split(separator: UInt8(ascii: "\n"))
        #expect(parts.count > 2 && parts.allSatisfy { $0.count <= 76 })
        #expect(parts.allSatisfy { String(validating: $0, as: UTF8.self) != nil }, "no character is cut in two")
        let calendar =
            [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:x",
                "DTSTAMP:20150101T000000Z",
                "DTSTART;VALUE=DATE:20150101", "DTEND;VALUE=DATE:20150102", line, "END:VEVENT", "END:VCALENDAR",
            ].joined(separator: "\r\n") + "\r\n"
        let file = TestSupport.temporaryDirectory().appendingPathComponent("test.ics")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(calendar.utf8).write(to: file)
        let parsed = try Self.parse([file.path])
        #expect(parsed[file.path]?.first?["SUMMARY"] == text)
    }
}
