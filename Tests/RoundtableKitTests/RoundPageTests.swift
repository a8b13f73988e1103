import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// A round that has not run yet reads as one that is coming, with a way to apply.
@Suite struct RoundPageTests {
    static let recruiting = """
        id: 2017A
        name: Round 2017A
        status: recruiting
        applications: {open: 2017-01-09, close: 2017-02-12}
        start: 2017-03-01
        end: unknown
        participants: unknown
        countries: unknown
        apply_url: https://example.org/apply?round=2017A
        summary: The next round.

        """

    static func page(_ report: BuildReport, _ path: String) -> String {
        String(decoding: report.files.first { $0.path == path }?.bytes ?? Data(), as: UTF8.self)
    }

    @Test func aRecruitingRoundInvitesReadersToApplyAndSaysItsFiguresComeLater() async {
        var files = TestSupport.minimalSite()
        files["content/rounds/2017A.yaml"] = Self.recruiting
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let round = Self.page(report, "rounds/2017A/index.html")
        #expect(
            round.contains(
                #"<p class="apply"><a class="button" href="https://example.org/apply?round=2017A">"#
                    + #"Apply to take part</a> Applications close on 12 February 2017.</p>"#),
            "\(round)")
        #expect(round.contains(#"<span class="unknown">not yet known</span>"#))
        let home = Self.page(report, "index.html")
        #expect(home.contains(#"href="https://example.org/apply?round=2017A""#), "the featured round's button")
        #expect(home.contains("Participant figures come once the round has begun."))
    }

    @Test func aClosedRoundShowsNoButtonAndItsUnknownFiguresAsUnknown() async {
        var files = TestSupport.minimalSite()
        files["content/rounds/2017A.yaml"] = Self.recruiting.replacingOccurrences(
            of: "status: recruiting", with: "status: closed")
        let report = await TestSupport.check(files)
        #expect(report.succeeded)
        let round = Self.page(report, "rounds/2017A/index.html")
        #expect(!round.contains("Apply to take part"))
        #expect(!round.contains("not yet known"))
        #expect(round.contains(#"<span class="unknown">unknown</span>"#))
    }
}
