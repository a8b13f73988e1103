import ArgumentParser
import RoundtableKit

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder to read.", valueName: "dir"))
    var source: String = "content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder that holds the themes (default: themes/ beside the content folder).", valueName: "dir"))
    var themes: String?

    @Option(
        name: .customLong("static"),
        help: ArgumentHelp(
            "Files copied into the site as they are, such as CNAME (default: static/ beside the content folder).",
            valueName: "dir"))
    var staticFolder: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Override site.yaml's base_url, e.g. for a preview deployment.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include topics, chapters and pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors: nothing is published while there are any (for CI).")
    var strict = false

    @Flag(
        name: .long,
        help: "Date guides and chapters without 'updated:' by the last git commit that touched their file.")
    var datesFromGit = false

    @Flag(name: .shortAndLong, help: "Print only problems: no summary, no progress.")
    var quiet = false

    func validate() throws {
        if source.isEmpty { throw ValidationError("--source needs a folder") }
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("--base-url must be an absolute http(s) URL, such as https://example.org/network/")
        }
    }
}
