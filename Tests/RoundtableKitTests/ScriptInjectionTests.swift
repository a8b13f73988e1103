import Foundation
import Testing

@testable import RoundtableKit

/// Every field a volunteer writes, filled with script payloads: the site must carry none of them
/// in a form a browser would run.
@Suite struct ScriptInjectionTests {
    static let payload = #"<script>alert(1)</script>"><img src=x onerror=alert(2)>'"`"#

    static func site() -> [String: String] {
        var files = TestSupport.minimalSite()
        let p = payload
        files["content/site.yaml"] = """
            title: 'Net \(p.replacingOccurrences(of: "'", with: "''"))'
            base_url: https://example.org/x/
            description: 'About \(p.replacingOccurrences(of: "'", with: "''"))'
            language: en
            edit_url: 'https://example.org/edit/{path}?"><script>alert(3)</script>'
            licence:
              name: 'CC \(p.replacingOccurrences(of: "'", with: "''"))'
              url: 'https://example.org/licence"onmouseover="alert(4)'
            intro: |
              \(p) [click](javascript:alert(5)) <a href="javascript:alert(6)">raw</a>

            """
        files["content/topics/evil.md"] = """
            ---
            title: '\(p.replacingOccurrences(of: "'", with: "''"))'
            summary: '\(p.replacingOccurrences(of: "'", with: "''"))'
            tags: ['"><script>alert(7)</script>', 'x" onclick="alert(8)']
            ---
            # \(p)

            <script>alert(9)</script>
            <div onmouseover="alert(10)">hover</div>
            [a](javascript:alert(11)) [b](JAVASCRIPT:alert(12)) [c](vbscript:msgbox(13))\
             [d](data:text/html;base64,PHNjcmlwdD4=)
            [e]( javascript:alert(14)) [f](&#106;avascript:alert(15)) <javascript:alert(16)>\
             ![g](data:image/png;base64,AAAA)
            ![h](javascript:alert(17)) [i](java&#x09;script:alert(18))

            [ref]: javascript:alert(19)
            Use [ref] too.
            """
        files["content/rounds/2017A.yaml"] = """
            id: 2017A
            name: '\(p.replacingOccurrences(of: "'", with: "''"))'
            status: closed
            applications: {open: unknown, close: unknown}
            start: unknown
            end: unknown
            participants: unknown
            countries: unknown
            summary: |
              \(p) [x](javascript:alert(20))
            sources:
              - title: '\(p.replacingOccurrences(of: "'", with: "''"))'
                url: 'https://example.org/"><script>alert(21)</script>'
            schedule:
              - week: 1
                topic: evil

            """
        files["content/pages/about.md"] =
            "---\ntitle: '\(p.replacingOccurrences(of: "'", with: "''"))'\nsummary: s\nmenu: 1\n---\nHi.\n"
        return files
    }

    @Test func noPayloadSurvivesInARunnableForm() async throws {
        let report = await TestSupport.check(Self.site())
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(report.files.count > 10)
        for file in report.files where file.path.hasSuffix(".html") || file.path.hasSuffix(".xml") {
            var text = String(decoding: file.bytes, as: UTF8.self)
            // The theme's own script, on the search page only, and written by the theme.
            if file.path == "search/index.html" {
                let own = #"<script src="../assets/search.js" defer></script>"#
                #expect(text.components(separatedBy: own).count == 2, "the search page loads the theme's script once")
                text = text.replacingOccurrences(of: own, with: "")
            }
            #expect(text.range(of: "<script", options: .caseInsensitive) == nil, "\(file.path) has a script element")
            for tag in Self.tags(in: text) {
                // With the quoted values taken out, what is left is the element's name and its
                // attribute names: no event handler, and no quote left over from a break-out.
                let bare = tag.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
                #expect(
                    bare.range(of: #"\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil,
                    "\(file.path): \(tag)")
                #expect(!bare.contains("'") && bare.filter { $0 == "\"" }.count % 2 == 0, "\(file.path): \(tag)")
                #expect(
                    tag.range(
                        of: #"(href|src|action)\s*=\s*"\s*(javascript|vbscript|data):"#,
                        options: [.regularExpression, .caseInsensitive]) == nil,
                    "\(file.path): \(tag)")
            }
            #expect(
                text.contains("Content-Security-Policy") || !file.path.hasSuffix(".html"), "\(file.path) has no CSP")
        }
    }

    /// Every start tag: from `<` and a letter to the next `>` (values are escaped, so a `>`
    /// inside one is `&gt;`).
    static func tags(in html: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: #"<[a-zA-Z][^>]*>"#)
        return expression.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range, in: html)!])
        }
    }

    @Test func aPayloadInAPairFileIsRefusedNotPublished() async throws {
        var files = TestSupport.minimalSite()
        files["content/rounds/2017A.yaml"] = DisclosureTests.round("2017A", participants: 4)
        files["content/pairs/2017A.csv"] =
            "pair_id,a_country,b_country,status\n\"<script>alert(1)</script>\",AU,NG,completed\np2,NZ,\"\"\"><img "
            + "src=x onerror=alert(2)>\",completed\n"
        let report = await TestSupport.check(files)
        #expect(!report.succeeded)
        #expect(report.files.isEmpty)
        #expect(
            report.diagnostics.allSatisfy {
                !($0.sourceLine ?? "").contains("script") && !($0.sourceLine ?? "").contains("onerror")
            })
    }
}
