import Foundation
import Testing

@testable import RoundtableKit

@Suite struct PairAnonymiserTests {
    static let key = Data("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".utf8)

    static let raw = """
        A Name,A Email,a_country,a_sector,a_stage,B Name,B\
         Email,b_country,b_sector,b_stage,Channels,Status,Satisfaction,Notes
        Jo Smith,Jo@Example.org,Australia,Academic,early,Ade Bello,ade@example.ng,NG,public,mid,"email,\
         video",Completed,5,"met weekly, lovely"
        Sam Lee,sam@example.net,nz,public,senior,Ana Cruz,ana@example.ph,Philippines,special,early,email,faltered,,

        """

    static func anonymise(_ text: String = raw, round: String = "2017A", key: Data = key) -> (
        PairAnonymiser.Output?, [Diagnostic]
    ) {
        PairAnonymiser.anonymise(SourceText(path: "raw.csv", text: text), roundID: round, key: key)
    }

    @Test func keepsTheSchemaDropsIdentifiersAndPseudonymisesWithHMAC() throws {
        let (output, diagnostics) = Self.anonymise()
        #expect(diagnostics.isEmpty)
        let result = try #require(output)
        // Pseudonyms: HMAC-SHA-256 over "roundtable-pair-v1\n<round>\n<sorted lower-cased addresses>",
        // first 8 bytes in hex; checked against Python's hmac module for this key.
        #expect(
            result.csv == """
                pair_id,a_country,b_country,a_sector,b_sector,a_stage,b_stage,channels,status,satisfaction
                p\(Self.expectedFirstID),AU,NG,academic,public,early,mid,email;video,completed,5
                p\(Self.expectedSecondID),NZ,PH,public,special,senior,early,email,faltered,

                """)
        #expect(result.droppedColumns == ["A Name", "A Email", "B Name", "B Email", "Notes"])
        for secret in ["Jo", "Smith", "example", "weekly"] { #expect(!result.csv.contains(secret)) }
        let (file, problems) = PairFile.load(SourceText(path: "pairs/2017A.csv", text: result.csv), roundID: "2017A")
        #expect(problems.isEmpty && file?.records.count == 2)
    }

    static let expectedFirstID = hmacPrefix("roundtable-pair-v1\n2017A\nade@example.ng\njo@example.org")
    static let expectedSecondID = hmacPrefix("roundtable-pair-v1\n2017A\nana@example.ph\nsam@example.net")

    /// The reference value, computed by Python's standard library, not by the code under test.
    static func hmacPrefix(_ message: String) -> String {
        let script =
            "import hmac,hashlib,sys;"
            + "print(hmac.new(sys.argv[1].encode(),sys.argv[2].encode(),hashlib.sha256).hexdigest()[:16])"
        let result = try? TestSupport.run(
            TestSupport.executablePath("python3") ?? "/usr/bin/python3",
            ["-c", script, String(decoding: key, as: UTF8.self), message])
        return result?.stdout.trimmingCharacters(in: .whitespacesAndNewlines) ?? "python3 missing"
    }

    @Test func pseudonymsDependOnKeyAndRound() throws {
        let base = try #require(Self.anonymise().0).csv
        let otherKey = try #require(Self.anonymise(key: Data(String(repeating: "f", count: 64).utf8)).0).csv
        let otherRound = try #require(Self.anonymise(round: "2017B").0).csv
        #expect(base != otherKey && base != otherRound)
        #expect(
            base.split(separator: "\n").dropFirst().map { $0.split(separator: ",").dropFirst() }
                == otherKey.split(separator: "\n").dropFirst().map { $0.split(separator: ",").dropFirst() })
    }

    @Test func aShortKeyIsRefused() {
        #expect(
            Self.anonymise(key: Data("secret".utf8)).1.map(\.message) == [
                "the key file holds 6 bytes; a key needs at least 32 random bytes (make one with `roundtable pairs "
                    + "keygen FILE`)"
            ])
    }

    @Test func problemsPointAtTheRawFileWithoutQuotingIt() {
        let raw =
            "a_email,b_email,a_country,b_country,status\njo@example.org,ade@example.ng,AU,ZZ,completed\n"
            + ",x@example.org,AU,NG,completed\n"
        let diagnostics = Self.anonymise(raw).1
        #expect(
            diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }.sorted() == [
                "2:34 column 'b_country' has a value that is not a country code; allowed: an ISO 3166-1 alpha-2 "
                    + "code such as AU, NG or PH",
                "3:1 empty a_email: every partner needs one for the pseudonym",
            ])
        #expect(diagnostics.allSatisfy { $0.sourceLine == nil })
    }

    @Test func anExportWithoutIdentitiesIsRefused() {
        #expect(
            Self.anonymise("a_country,b_country,status\nAU,NG,completed\n").1.map(\.message) == [
                "the raw export needs the columns a_email and b_email (or a_id and b_id) to give each pair its "
                    + "pseudonym"
            ])
    }
}
