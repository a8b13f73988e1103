import Foundation
import Testing

/// `roundtable pairs …` as a volunteer runs it: from a raw export to a published round.
@Suite struct PairsCommandTests {
    static let raw = """
        a_name,a_email,a_country,b_name,b_email,b_country,status,satisfaction
        Jo Smith,jo@example.org,AU,Ade Bello,ade@example.ng,NG,completed,5
        Sam Lee,sam@example.net,NZ,Ana Cruz,ana@example.ph,PH,completed,4
        Kim Park,kim@example.kr,KR,Lee Chan,lee@example.sg,SG,faltered,

        """

    /// A project folder: the fixture content with a 2017A round of three pairs, and the theme.
    static func project() throws -> URL {
        let directory = CLITests.temporaryDirectory()
        try FileManager.default.copyItem(at: CLITests.fixture, to: directory.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: CLITests.root.appendingPathComponent("themes"), to: directory.appendingPathComponent("themes"))
        try """
        id: 2017A
        name: Round 2017A
        status: closed
        applications: {open: unknown, close: unknown}
        start: unknown
        end: unknown
        participants: 6
        countries: 6
        summary: Three pairs.

        """.write(to: directory.appendingPathComponent("content/rounds/2017A.yaml"), atomically: true, encoding: .utf8)
        try raw.write(to: directory.appendingPathComponent("raw.csv"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func keygenAnonymiseAndBuildPublishNoIdentifiers() throws {
        let directory = try Self.project()
        let keygen = try CLITests.run(["pairs", "keygen", "secrets/pairs.key"], in: directory)
        #expect(keygen.status != 0, "keygen must not create folders it was not given")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("secrets"), withIntermediateDirectories: true)
        #expect(try CLITests.run(["pairs", "keygen", "secrets/pairs.key"], in: directory).status == 0)
        let key = directory.appendingPathComponent("secrets/pairs.key")
        let attributes = try FileManager.default.attributesOfItem(atPath: key.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOf: key, encoding: .utf8).count == 65)
        #expect(
            try CLITests.run(["pairs", "keygen", "secrets/pairs.key"], in: directory).status == 2,
            "an existing key is never overwritten")

        let anonymise = try CLITests.run(
            ["pairs", "anonymise", "raw.csv", "--round", "2017A", "--key-file", "secrets/pairs.key"], in: directory)
        #expect(anonymise.status == 0, "\(anonymise.stderr)")
        #expect(
            anonymise.stdout
                == "wrote content/pairs/2017A.csv: 3 pairs\ndropped columns: a_name, a_email, b_name, b_email\n")
        let pairFile = try String(
            contentsOf: directory.appendingPathComponent("content/pairs/2017A.csv"), encoding: .utf8)
        #expect(pairFile.hasPrefix("pair_id,a_country,b_country,status,satisfaction\np"))

        let again = try CLITests.run(
            ["pairs", "anonymise", "raw.csv", "--round", "2017A", "--key-file", "secrets/pairs.key"], in: directory)
        #expect(again.status == 2 && again.stderr.contains("exists; use --force to replace it"))

        let build = try CLITests.run(["build"], in: directory)
        #expect(build.status == 0, "\(build.stderr)")
        let output = directory.appendingPathComponent("output")
        for path in FileManager.default.enumerator(atPath: output.path)!.compactMap({ $0 as? String }) {
            let url = output.appendingPathComponent(path)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for secret in [
                "jo@example", "Jo Smith", "ade@", "Bello", "pairs.key",
                String(pairFile.split(separator: "\n")[1].prefix(17)),
            ] {
                #expect(!text.contains(secret), "\(path) contains \(secret)")
            }
        }
        let roundPage = try String(
            contentsOf: output.appendingPathComponent("rounds/2017A/index.html"), encoding: .utf8)
        // Three pairs are too few for any figure at k = 5: the page says so and shows none.
        #expect(roundPage.contains("too small to publish them without singling someone out"))
        #expect(!roundPage.contains(#"data-figure="2017A:pairs""#) && !roundPage.contains("2017A:participants"))
        #expect(build.stderr.contains("warning: round 2017A: no pair statistics can be published"), "\(build.stderr)")
    }

    @Test func aKeyInsideContentIsRefused() throws {
        let directory = try Self.project()
        try String(repeating: "a", count: 64).write(
            to: directory.appendingPathComponent("content/pairs.key"), atomically: true, encoding: .utf8)
        let result = try CLITests.run(
            ["pairs", "anonymise", "raw.csv", "--round", "2017A", "--key-file", "content/pairs.key"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is inside the content folder"))
        #expect(
            !FileManager.default.fileExists(atPath: directory.appendingPathComponent("content/pairs/2017A.csv").path))
    }

    @Test func keygenRefusesAKeyInsideContent() throws {
        let directory = try Self.project()
        let result = try CLITests.run(["pairs", "keygen", "content/key.bin"], in: directory)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == """
                error: content/key.bin is inside the content folder content, which goes into git and is shared; write \
                the key outside the project (for example ../pairs.key) or into a folder git ignores

                """, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("content/key.bin").path))
        // A content folder by another name is found by its site.yaml.
        try FileManager.default.moveItem(
            at: directory.appendingPathComponent("content"), to: directory.appendingPathComponent("site"))
        let elsewhere = try CLITests.run(["pairs", "keygen", "site/pairs/key.bin"], in: directory)
        #expect(elsewhere.status == 2 && elsewhere.stderr.contains("is inside the content folder"), "\(elsewhere)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("site/pairs/key.bin").path))
        #expect(try CLITests.run(["pairs", "keygen", "key.bin"], in: directory).status == 0)
    }

    @Test func aBadExportExitsOneAndWritesNothing() throws {
        let directory = try Self.project()
        try String(repeating: "a", count: 64).write(
            to: directory.appendingPathComponent("pairs.key"), atomically: true, encoding: .utf8)
        try (Self.raw + "Al Ng,al@example.org,AU,Bo Ek,bo@example.se,SE,finished,\n").write(
            to: directory.appendingPathComponent("raw.csv"), atomically: true, encoding: .utf8)
        let result = try CLITests.run(
            ["pairs", "anonymise", "raw.csv", "--round", "2017A", "--key-file", "pairs.key"], in: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                raw.csv:5:48: error: column 'status' has a value that is not a status; allowed: completed, faltered,\
                 rematched, withdrawn
                1 error

                """)
        #expect(
            !FileManager.default.fileExists(atPath: directory.appendingPathComponent("content/pairs/2017A.csv").path))
    }

    @Test func sampleWritesDeterministicFilesAndKeepsExistingOnes() throws {
        let directory = try Self.project()
        let first = try CLITests.run(["pairs", "sample", "2017A", "--seed", "3"], in: directory)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "wrote content/pairs/2017A.csv\n")
        let written = try String(
            contentsOf: directory.appendingPathComponent("content/pairs/2017A.csv"), encoding: .utf8)
        #expect(
            try CLITests.run(["pairs", "sample", "2017A", "--seed", "3"], in: directory).stdout.contains(
                "exists (--force replaces it)"))
        #expect(try CLITests.run(["pairs", "sample", "2017A", "--seed", "3", "--force"], in: directory).status == 0)
        #expect(
            try String(contentsOf: directory.appendingPathComponent("content/pairs/2017A.csv"), encoding: .utf8)
                == written)
        let unknown = try CLITests.run(["pairs", "sample", "2017B"], in: directory)
        #expect(unknown.status == 1 && unknown.stderr.contains("did you mean '2017A'?"))
    }
}
