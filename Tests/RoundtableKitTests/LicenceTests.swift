import Foundation
import IncrementalBuild
import Testing

@testable import RoundtableKit

/// A licence is claimed only when the site or the page names one, and the sentence beside it
/// states the terms that licence has.
@Suite struct LicenceTests {
    static func page(_ path: String, of report: BuildReport) -> String {
        report.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    static let bySA3 = """
        licence:
          name: CC BY-SA 3.0
          url: https://creativecommons.org/licenses/by-sa/3.0/

        """

    @Test func termsAreReadFromCreativeCommonsNamesAndDeeds() {
        #expect(LicenceTerms(name: "CC BY-SA 3.0") == LicenceTerms(kind: .bySA, version: "3.0"))
        #expect(LicenceTerms(name: "CC-BY-NC-ND 4.0") == LicenceTerms(kind: .byNCND, version: "4.0"))
        #expect(
            LicenceTerms(name: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0")
                == LicenceTerms(kind: .byNCSA, version: "4.0"))
        #expect(LicenceTerms(name: "CC0 1.0") == LicenceTerms(kind: .publicDomain, version: "1.0"))
        #expect(LicenceTerms(name: "MIT") == nil)
        #expect(LicenceTerms(name: "CC SA") == nil, "every CC licence but CC0 asks for credit")
        #expect(
            LicenceTerms(url: "https://creativecommons.org/licenses/by-nc/2.5/au/")
                == LicenceTerms(kind: .byNC, version: "2.5"))
        #expect(
            LicenceTerms(url: "https://creativecommons.org/publicdomain/zero/1.0/")
                == LicenceTerms(kind: .publicDomain, version: "1.0"))
        #expect(LicenceTerms(url: "https://opensource.org/licenses/MIT") == nil)
    }

    @Test func noLicenceIsClaimedWhenNoneIsNamed() async {
        let report = await TestSupport.check(TestSupport.minimalSite())
        #expect(report.succeeded)
        for file in report.files where file.path.hasSuffix(".html") {
            #expect(!String(decoding: file.bytes, as: UTF8.self).contains("license"), "\(file.path) claims a licence")
        }
    }

    @Test func theSentenceStatesShareAlikeForAShareAlikeLicence() async {
        var files = TestSupport.minimalSite()
        files["content/site.yaml", default: ""] += Self.bySA3
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let sentence =
            #"<p class="licence">This handbook is published under the <a rel="license" "#
            + #"href="https://creativecommons.org/licenses/by-sa/3.0/">CC BY-SA 3.0</a> licence. You may share "#
            + "and adapt it for any purpose, with credit, if you share what you make from it under the same "
            + "licence.</p>"
        for path in ["process/index.html", "process/first/index.html", "process/print/index.html"] {
            #expect(Self.page(path, of: report).contains(sentence), "\(path)")
        }
    }

    @Test func aLicenceRoundtableDoesNotKnowIsNamedWithoutTerms() async {
        var files = TestSupport.minimalSite()
        files["content/site.yaml", default: ""] += """
            licence:
              name: Program Licence 2.0
              url: https://example.org/licence

            """
        let report = await TestSupport.check(files)
        #expect(
            Self.page("process/index.html", of: report).contains(
                #"href="https://example.org/licence">Program Licence 2.0</a> licence.</p>"#))
    }

    @Test func aChapterCanNameItsOwnLicence() async {
        var files = TestSupport.minimalSite()
        files["content/site.yaml", default: ""] += Self.bySA3
        let chapter = files["content/process/02-second.md"]!
        files["content/process/02-second.md"] = chapter.replacingOccurrences(
            of: "---\n",
            with: "---\nlicence: {name: CC0 1.0, url: 'https://creativecommons.org/publicdomain/zero/1.0/'}\n",
            options: [.anchored])
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let own =
            #"This chapter is published under the <a rel="license" "#
            + #"href="https://creativecommons.org/publicdomain/zero/1.0/">CC0 1.0</a> licence. It is dedicated to the "#
            + "public domain; you may use it for anything, without asking and without credit.</p>"
        #expect(Self.page("process/second/index.html", of: report).contains(own))
        #expect(!Self.page("process/first/index.html", of: report).contains("CC0"))
        let printed = Self.page("process/print/index.html", of: report)
        #expect(printed.contains(own) && printed.contains("CC BY-SA 3.0</a> licence."), "both, each where it applies")
    }
}
