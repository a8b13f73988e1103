import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// The words on the pages come from the theme's strings in the site's language, or from the
/// content; the default theme says nothing about one program.
@Suite struct ThemeStringsTests {
    static func site(language: String, adding extra: [String: String] = [:]) -> [String: String] {
        var files = TestSupport.minimalSite()
        files["content/site.yaml"] = files["content/site.yaml"]!.replacingOccurrences(
            of: "language: en-GB", with: "language: \(language)")
        return files.merging(extra) { _, added in added }
    }

    static func page(_ path: String, of report: BuildReport) -> String {
        report.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    static let french = """
        menu:
          rounds: Sessions
        rounds:
          round_starts: Début de la session
        dates:
          months:
            february: février
        """

    @Test func aTranslationReplacesTheStringsItHasAndEnglishGivesTheRest() async {
        let report = await TestSupport.check(
            Self.site(language: "fr", adding: ["themes/default/strings/fr.yaml": Self.french]))
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let home = Self.page("index.html", of: report)
        #expect(home.contains("<li><a href=\"rounds/\">Sessions</a></li>"))
        #expect(home.contains("<li><a href=\"topics/\">Topic guides</a></li>"), "missing from fr.yaml: English")
        let round = Self.page("rounds/2016A/index.html", of: report)
        #expect(round.contains("<dt>Début de la session</dt>"), "a string a template inlines")
        #expect(round.contains("février 2016"), "a month name the generator formats")
        #expect(round.contains("<dt>Round ends</dt>"))
    }

    @Test func aRegionalLanguageTakesItsOwnFileOverTheLanguage() async {
        let canadian = "menu:\n  topics: Fiches\n"
        let files = ["themes/default/strings/fr.yaml": Self.french, "themes/default/strings/fr-CA.yaml": canadian]
        let report = await TestSupport.check(Self.site(language: "fr-CA", adding: files))
        let home = Self.page("index.html", of: report)
        #expect(home.contains(">Sessions</a>") && home.contains(">Fiches</a>") && home.contains(">Handbook</a>"))
    }

    @Test func aLanguageWithoutAFileIsEnglish() async {
        let report = await TestSupport.check(Self.site(language: "de"))
        #expect(report.succeeded)
        #expect(Self.page("index.html", of: report).contains(">Rounds</a>"))
    }

    @Test func theSiteRenamesAStringInSiteYAML() async {
        var files = TestSupport.minimalSite()
        files["content/site.yaml"]! += "  menu:\n    handbook: How we work\n"
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(Self.page("index.html", of: report).contains(">How we work</a>"))
    }

    @Test func aTranslatedKeyThatEnglishLacksIsAnError() async {
        let report = await TestSupport.check(
            Self.site(language: "fr", adding: ["themes/default/strings/fr.yaml": "menu:\n  round: Sessions\n"]))
        #expect(
            DiagnosticFormatter.format(report.diagnostics) == """
                themes/default/strings/fr.yaml:2:3: error: unknown string 'menu.round' in themes/default/strings/fr.yaml
                      round: Sessions
                      ^
                note: did you mean 'menu.rounds'?

                """)
    }

    @Test func anEnglishFileWithoutAStringTheGeneratorUsesIsAnError() async {
        var files = TestSupport.minimalSite()
        files["themes/default/strings/en.yaml"] = files["themes/default/strings/en.yaml"]!
            .replacingOccurrences(of: "  thousands_separator: \",\"\n", with: "")
        let report = await TestSupport.check(files)
        #expect(
            DiagnosticFormatter.format(report.diagnostics).hasPrefix(
                "themes/default/strings/en.yaml:1:1: error: en.yaml has no string 'numbers.thousands_separator', "
                    + "which the generator uses"
            ))
    }

    @Test func placeholdersAreFilledAndOtherBracesKept() {
        let filled = ThemeStrings.fillingPlaceholders(in: "{site}: {unknown} {not a name} {") { ["site": "ILN"][$0] }
        #expect(filled == "ILN: {unknown} {not a name} {")
        let strings = ThemeStrings(texts: ["a": "Other countries in {region}"])
        #expect(strings.text("a", ["region": "Europe"]) == "Other countries in Europe")
    }

    @Test func languageFilesGoFromTheLanguageToTheRegion() {
        #expect(ThemeStrings.languageFiles(for: "pt-BR") == ["pt.yaml", "pt-BR.yaml"])
        #expect(ThemeStrings.languageFiles(for: "en-GB") == ["en-GB.yaml"])
        #expect(ThemeStrings.languageFiles(for: "en").isEmpty)
    }

    /// The digest makes the digest of every page's inputs: a strings file that changes re-renders them.
    @Test func editingAStringsFileInUseChangesTheThemeDigest() {
        var files = TestSupport.minimalSite()
        files["themes/default/strings/fr.yaml"] = "menu:\n  rounds: Sessions\n"
        func digest(_ language: String) -> ContentDigest? {
            Theme.load(
                name: "default", directory: "themes/default", displayPath: "themes/default", language: language,
                stringOverrides: [], fileSystem: .memory(files)
            ).0?.digest
        }
        let english = digest("en")
        let french = digest("fr")
        #expect(english != nil && french != nil && english != french)
        files["themes/default/strings/en.yaml"]! += "\nextra:\n  word: Word\n"
        #expect(digest("en") != english && digest("fr") != french)
        let nowEnglish = digest("en")
        let nowFrench = digest("fr")
        files["themes/default/strings/fr.yaml"] = "menu:\n  rounds: Tours\n"
        #expect(digest("fr") != nowFrench)
        #expect(digest("en") == nowEnglish, "a translation the site does not use changes none of its pages")
    }

    /// The default theme serves any program: the words of the program it was first made for live
    /// in the demo's content.
    @Test func theDefaultThemeNamesNoProgram() throws {
        let theme = TestSupport.defaultTheme.appendingPathComponent("default")
        for path in FileSystem.disk.listFiles(theme.path) {
            let text = try String(contentsOf: theme.appendingPathComponent(path), encoding: .utf8)
            for word in ["librar", "International Librarians", "mentoring program in rounds"] {
                #expect(!text.localizedCaseInsensitiveContains(word), "\(path) mentions '\(word)'")
            }
            #expect(!text.contains("ILN"), "\(path) mentions ILN")
        }
    }
}
