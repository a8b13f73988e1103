import Foundation
import RoundtableKit

/// The day of the last commit that touched each file below a folder, from `git log`: where a
/// guide or chapter names no `updated:` day, `--dates-from-git` takes this one. Read from the
/// history, never the clock, so the same commits give the same site.
enum CommitDays {
    /// By path inside `directory`; nil when git is missing or the folder is in no repository.
    static func below(_ directory: String) -> [String: CalendarDate]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "git", "-C", directory, "-c", "core.quotePath=false", "log", "--format=@%cs", "--name-only",
            "--relative", "--no-renames", "--", ".",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    /// `@2020-01-02` lines, each followed by the files of that commit; newest first, so the
    /// first day seen for a file is its last commit's.
    static func parse(_ log: String) -> [String: CalendarDate] {
        var days: [String: CalendarDate] = [:]
        var current: CalendarDate?
        for line in log.split(separator: "\n") {
            if line.hasPrefix("@") {
                current = CalendarDate(iso: String(line.dropFirst()))
            } else if let current, days[String(line)] == nil {
                days[String(line)] = current
            }
        }
        return days
    }

    /// What the pages' inputs take of them.
    static func digest(_ days: [String: CalendarDate]) -> String {
        days.keys.sorted().map { "\($0)=\(days[$0]!.iso)" }.joined(separator: "\n")
    }
}
