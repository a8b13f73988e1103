import Foundation
import Testing

@testable import RoundtableKit

/// CSV edge cases a spreadsheet export produces, read through the same path as a build.
@Suite struct PairFileTests {
    static func load(_ bytes: [UInt8]) -> (PairFile?, [Diagnostic]) {
        switch TextDecoder.decode(Data(bytes), path: "pairs/2017A.csv") {
        case .success(let source): return PairFile.load(source, roundID: "2017A")
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
    }

    static func load(_ text: String) -> (PairFile?, [Diagnostic]) { load(Array(text.utf8)) }

    @Test func quotedFieldsBOMAndCRLFAreRead() throws {
        let text =
            "\u{FEFF}pair_id,a_country,b_country,channels,status\r\n\"p1\",AU,\"NG\",\"email;video\",completed\r\n"
            + "p2,NZ,PH,\"email; chat\",faltered\r\n"
        let (file, diagnostics) = Self.load(text)
        #expect(diagnostics.isEmpty)
        let records = try #require(file).records
        #expect(records.map(\.id) == ["p1", "p2"])
        #expect(records[0].channels == [.email, .video])
        #expect(records[1].channels == [.email, .chat])
        #expect(records[1].status == .faltered)
        #expect(records[1].a.country.name == "New Zealand")
    }

    @Test func anEmbeddedNewlineKeepsLaterLineNumbersRight() {
        let text = "pair_id,a_country,b_country,status\np1,AU,NG,\"compl\neted\"\np2,NZ,XX,completed\n"
        let (_, diagnostics) = Self.load(text)
        // The quoted status spans lines 2–3 and is refused as free text; p2 is on line 4.
        #expect(
            diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
                "2:10 the value in column 'status' is free text where a code belongs",
                "4:7 column 'b_country' has a value that is not a country code; allowed: an ISO 3166-1 alpha-2 code "
                    + "such as AU, NG or PH",
            ])
    }

    @Test func doubledQuotesAndCommasInsideQuotesArePartOfTheValue() {
        let text = "pair_id,a_country,b_country,status\n\"p\"\"1\",AU,NG,completed\n\"p,2\",NZ,PH,completed\n"
        let (_, diagnostics) = Self.load(text)
        #expect(diagnostics.map(\.message).allSatisfy { $0.contains("does not look like a pseudonym") })
        #expect(diagnostics.map { $0.location!.line } == [2, 3])
        // Every field of the quoted line is masked, quotes and the comma inside one included.
        #expect(diagnostics.map { $0.sourceLine! } == ["******,**,**,*********", "*****,**,**,*********"])
    }

    @Test func blankLinesAndAMissingFinalNewlineAreFine() throws {
        let (file, diagnostics) = Self.load(
            "pair_id,a_country,b_country,status\n\np1,AU,NG,completed\n\np2,NZ,PH,withdrawn")
        #expect(diagnostics.isEmpty)
        #expect(try #require(file).records.map(\.line) == [3, 5])
    }

    @Test func optionalColumnsMayBeLeftOutAndEmptySatisfactionMeansNoAnswer() throws {
        let (file, diagnostics) = Self.load(
            "pair_id,a_country,b_country,status,satisfaction\np1,AU,NG,completed,\np2,NZ,PH,completed,4\n")
        #expect(diagnostics.isEmpty)
        let loaded = try #require(file)
        #expect(loaded.columns == [.pairID, .aCountry, .bCountry, .status, .satisfaction])
        #expect(loaded.records.map(\.satisfaction) == [nil, 4])
        #expect(loaded.records[0].a.sector == nil && loaded.records[0].channels == nil)
    }

    @Test func aHeaderOnlyFileHasNoPairsAndAnEmptyFileIsAnError() {
        #expect(Self.load("pair_id,a_country,b_country,status\n").0?.records.isEmpty == true)
        #expect(
            Self.load("").1.map(\.message) == [
                "pair file is empty: its first line must name the columns, such as pair_id,a_country,b_country,status"
            ])
    }

    @Test func invalidUTF8IsADiagnosticNotACrash() {
        let (_, diagnostics) = Self.load(
            Array("pair_id,a_country,b_country,status\np1,AU,NG,".utf8) + [0xFF, 0xFE] + Array("\n".utf8))
        #expect(diagnostics.map(\.message) == ["file is not valid UTF-8 (first bad byte on line 2); save it as UTF-8"])
    }

    @Test(arguments: [
        ("jo@example.org", "looks like an e-mail address"),
        ("www.example.org", "looks like a URL"),
        ("mailto:jo", "looks like a URL"),
        ("+61 (2) 9999-0000", "looks like a phone number"),
        ("0412345678", "looks like a phone number"),
        ("Jo Smith", "does not look like a pseudonym"),
        ("Zoë", "does not look like a pseudonym"),
        ("Jane_Doe", "does not look like a pseudonym"),
        ("smith", "does not look like a pseudonym"),
        ("JaneDoe", "does not look like a pseudonym"),
        ("q-" + String(repeating: "1", count: 63), "does not look like a pseudonym"),
    ])
    func personalDataInAnIdIsRefused(value: String, reason: String) {
        #expect(PersonalDataGuard.concern(about: value, isIdentifier: true)?.hasPrefix(reason) == true)
    }

    @Test(arguments: [
        "p1", "sample-0001", "q01", "r12", "A_17", "p3f9a0c12d4e5b6a7", "p0123456789abcdef", "pabcdefabcdefabcd",
        "q" + String(repeating: "1", count: 63),
    ])
    func pseudonymsPass(value: String) {
        #expect(PersonalDataGuard.concern(about: value, isIdentifier: true) == nil)
    }

    @Test func freeTextInACodeColumnIsRefused() {
        #expect(
            PersonalDataGuard.concern(about: "works at the state library", isIdentifier: false)
                == "is free text where a code belongs")
        #expect(PersonalDataGuard.concern(about: "academic", isIdentifier: false) == nil)
    }
}
