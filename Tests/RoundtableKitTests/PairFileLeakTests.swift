import Foundation
import Testing

@testable import RoundtableKit

/// A pair file is personal data even when pseudonymous: no diagnostic about it may quote one of
/// its values, whether the guard flags the value or not.
@Suite struct PairFileLeakTests {
    static let header =
        "pair_id,a_country,b_country,a_sector,b_sector,a_stage,b_stage,channels,status,satisfaction,favourite_colour"

    /// Rows full of distinctive values, nearly every one of them wrong in some way.
    static let rows = [
        "Zebediah_Quux,AU,NG,academic,public,early,mid,email,completed,5,chartreuse",
        "dup-7x9k,AU,NG,academic,public,early,mid,email,completed,5,",
        "dup-7x9k,NZ,PH,school,public,early,mid,email,completed,4,",
        "zq31-frob,Narnia,PH,zorbingclub,public,archmage,mid,email;carrierpigeon,flummoxed,eleventy,vermilion",
        "kx77-wibble,Australia,Wakanda,academic,public,early,mid,,completed,,",
        "ottoline@example.org,AU,NG,academic,public,early,mid,email,completed,5,",
        "\"Mortimer Snodgrass\",AU,NG,academic,public,early,mid,email,\"grumbled\nloudly\",4,",
        "kx78-wobble,,qq,,public,,mid,email,,0,",
        "kx79-wubble,au,nigeria,academic,pubic,senior,mid,emial,rematched,3,",
    ]

    static let distinctive = [
        "Zebediah", "Quux", "dup-7x9k", "zq31-frob", "Narnia", "zorbingclub", "archmage", "carrierpigeon",
        "flummoxed", "eleventy", "chartreuse", "vermilion", "kx77-wibble", "Australia", "Wakanda",
        "ottoline", "example.org", "Mortimer", "Snodgrass", "grumbled", "loudly", "kx78-wobble", "qq",
        "kx79-wubble", "nigeria", "pubic", "emial",
    ]

    /// Every data line a diagnostic shows is masked down to its commas (and quotes, for lines
    /// that could not be split into fields).
    static func expectNoValueShown(_ diagnostics: [Diagnostic], values: [String], headerLine: Int = 1) {
        let formatted = DiagnosticFormatter.format(diagnostics).lowercased()
        for value in values {
            #expect(!formatted.contains(value.lowercased()), "the diagnostics quote '\(value)':\n\(formatted)")
        }
        for diagnostic in diagnostics {
            guard let location = diagnostic.location, location.line != headerLine, let line = diagnostic.sourceLine
            else { continue }
            #expect(
                line.allSatisfy { $0 == "*" || $0 == "," || $0 == "\"" }, "line \(location.line) is shown as '\(line)'")
        }
    }

    @Test func noDiagnosticOfTheReaderQuotesAValue() {
        let text = ([Self.header] + Self.rows).joined(separator: "\n") + "\n"
        let (file, diagnostics) = PairFile.load(SourceText(path: "pairs/2017A.csv", text: text), roundID: "2017A")
        #expect(file == nil)
        #expect(diagnostics.count >= 20)
        Self.expectNoValueShown(diagnostics, values: Self.distinctive)
        // The messages say where and what is allowed instead.
        let messages = Set(diagnostics.map(\.message))
        #expect(
            messages.contains(
                "column 'status' has a value that is not a status; allowed: completed, faltered, rematched, withdrawn"))
        #expect(
            messages.contains("column 'pair_id' repeats the pair id of line 3; every pair needs a pseudonym of its own")
        )
        // A did-you-mean names an allowed value, never the one written.
        #expect(diagnostics.compactMap(\.note).contains("did you mean 'public'?"))
    }

    @Test(arguments: [
        "pair_id,a_country,b_country,status\nzq98-hidden,Gon\"dor,PH,completed\n",
        "pair_id,a_country,b_country,status\np1,AU,NG,completed\nzq98-hidden,\"Gondor\"x,PH,completed\n",
        "pair_id,a_country,b_country,status\nzq98-hidden,Gondor,\"unterminated,completed\n",
    ])
    func csvSyntaxErrorsDoNotQuoteTheLine(text: String) {
        let (_, diagnostics) = PairFile.load(SourceText(path: "pairs/2017A.csv", text: text), roundID: "2017A")
        #expect(diagnostics.count == 1)
        Self.expectNoValueShown(diagnostics, values: ["zq98", "hidden", "Gondor", "unterminated", "completed", "PH"])
    }

    @Test func theRoundChecksDoNotQuoteAValue() async {
        var files = TestSupport.minimalSite()
        files["content/rounds/2017A.yaml"] = """
            id: 2017A
            name: Round 2017A
            status: closed
            applications: {open: unknown, close: unknown}
            start: unknown
            end: unknown
            participants: 8
            countries: unknown
            pairs: 4
            summary: A small round.

            """
        files["content/pairs/2017A.csv"] =
            "pair_id,a_country,b_country,status\nzz-fig-001,AU,NG,completed\nzz-fig-002,FJ,FJ,rematched\n"
            + "zz-fig-003,JM,JM,withdrawn\n"
        let report = await TestSupport.check(files)
        #expect(
            report.diagnostics.map(\.message) == [
                "this file has 3 pairs but rounds/2017A.yaml says the round had 4",
                "this file has 3 pairs, which make 6 participants, but rounds/2017A.yaml says the round had 8",
                "row 2 has the same country in a_country and b_country; partners must be in different countries",
                "row 3 has the same country in a_country and b_country; partners must be in different countries",
            ])
        Self.expectNoValueShown(
            report.diagnostics, values: ["zz-fig", "FJ", "Fiji", "JM", "Jamaica", "rematched", "withdrawn"])
    }

    @Test func participantsAreExactlyTwiceThePairs() {
        #expect(Round.participantsAgree(1162, pairs: 581, synthetic: false))
        #expect(!Round.participantsAgree(1163, pairs: 581, synthetic: false))
        #expect(!Round.participantsAgree(1161, pairs: 581, synthetic: false))
        // `roundtable pairs sample` makes participants / 2 pairs for an odd round, and says so.
        #expect(Round.participantsAgree(1163, pairs: 581, synthetic: true))
        #expect(!Round.participantsAgree(1164, pairs: 581, synthetic: true))
        #expect(!Round.participantsAgree(1161, pairs: 581, synthetic: true))
    }
}
