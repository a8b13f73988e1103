import Foundation

/// A file beside the content that pages link to: an image, a PDF handout, slides. It is linked
/// relative to the Markdown file, like another page (`![A desk](../images/desk.png)`), and
/// published once, at its path inside content/, if and only if a page links to it.
package struct Attachment: Sendable {
    /// Inside content/: `images/desk.png`.
    let path: String
    let bytes: Data

    /// What in content/ is not an attachment: the files the site is built from, and whatever a
    /// volunteer keeps there that must never be published.
    package enum Kind: Equatable {
        case attachment
        /// Markdown and YAML, read as the site's content; hidden files, left alone.
        case content
        /// Kept out of the site whether or not a page links to it, with why.
        case withheld(reason: String)
    }

    /// Files that hold tables of people or secrets: pair data is published only as the
    /// statistics the disclosure policy lets through, never as a file.
    private static let withheldReasons: [String: String] = {
        let spreadsheet = "a spreadsheet may hold personal data"
        let key = "it may be a secret key"
        return [
            "csv": spreadsheet, "tsv": spreadsheet, "xls": spreadsheet, "xlsx": spreadsheet, "ods": spreadsheet,
            "numbers": spreadsheet, "key": key, "pem": key, "bin": key,
        ]
    }()

    package static func kind(of path: String) -> Kind {
        let components = path.split(separator: "/")
        if components.contains(where: { $0.hasPrefix(".") }) { return .content }
        if components.first == "pairs" {
            return .withheld(reason: "pairs/ holds pair data, which the site shows only as statistics")
        }
        let name = components.last.map(String.init) ?? path
        let dot = name.lastIndex(of: ".").map { name.index(after: $0) }
        let fileExtension = dot.map { name[$0...].lowercased() } ?? ""
        if ["md", "yaml", "yml"].contains(fileExtension) { return .content }
        if let reason = withheldReasons[fileExtension] { return .withheld(reason: reason) }
        return .attachment
    }
}
