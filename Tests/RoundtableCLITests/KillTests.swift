import Foundation
import Testing

/// A build killed with SIGKILL at any moment leaves output/ as one complete build: the old site
/// or the new, never a mix and never nothing.
@Suite struct KillTests {
    static func tree(_ directory: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return files }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = directory.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    @Test func aKilledBuildLeavesACompleteSite() throws {
        let project = CLITests.temporaryDirectory()
        try FileManager.default.copyItem(
            at: CLITests.root.appendingPathComponent("content"), to: project.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: CLITests.root.appendingPathComponent("themes"), to: project.appendingPathComponent("themes"))
        let topic = project.appendingPathComponent("content/topics/library-spaces.md")
        let original = try String(contentsOf: topic, encoding: .utf8)
        let output = project.appendingPathComponent("output")

        // The two sites a killed build may leave: before and after an edit.
        #expect(try CLITests.run(["build"], in: project).status == 0)
        let old = Self.tree(output)
        try (original + "\nAn edit.\n").write(to: topic, atomically: true, encoding: .utf8)
        #expect(try CLITests.run(["build"], in: project).status == 0)
        let new = Self.tree(output)
        #expect(old != new)

        var killed = 0
        for attempt in 0..<24 {
            // Alternate the source between the two states, so that each build has work to do.
            try (attempt % 2 == 0 ? original : original + "\nAn edit.\n").write(
                to: topic, atomically: true, encoding: .utf8)
            if attempt % 3 == 0 {
                try? FileManager.default.removeItem(at: project.appendingPathComponent(".roundtable-cache"))
            }
            let process = Process()
            process.executableURL = CLITests.executable
            process.arguments = ["build"]
            process.environment = CLITests.environment
            process.currentDirectoryURL = project
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(2_000 + (attempt * 7_919) % 60_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let now = Self.tree(output)
            #expect(now == old || now == new, "attempt \(attempt): output/ is neither complete site")
        }
        #expect(killed > 0, "no build was killed mid-way; the delays are too long for this machine")
        // And the next build after all that still works.
        #expect(try CLITests.run(["build"], in: project).status == 0)
    }
}
