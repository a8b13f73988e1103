/// A link to `target#fragment` waiting for the target page's heading ids, which are only known
/// once that page has been rendered.
package struct AnchorCheck: Sendable {
    package let target: String
    package let fragment: String
    package let location: SourceLocation
    package let sourceLine: String?
    package let written: String

    package init(target: String, fragment: String, location: SourceLocation, sourceLine: String?, written: String) {
        self.target = target
        self.fragment = fragment
        self.location = location
        self.sourceLine = sourceLine
        self.written = written
    }
}
