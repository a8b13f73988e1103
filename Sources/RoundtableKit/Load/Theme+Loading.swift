import Foundation
import ThemeTemplates

extension Theme {
    /// Reads `<directory>/strings/` for `language`, `<directory>/templates/**/*.mustache` with the
    /// strings inlined, and `<directory>/assets/**`. `displayPath` is how the directory is named
    /// in diagnostics; `stringOverrides` are the site's own words (site.yaml's `strings`).
    static func load(
        name: String, directory: String, displayPath: String, language: String,
        stringOverrides: [StringEntry], fileSystem: FileSystem
    ) -> (Theme?, [Diagnostic]) {
        guard fileSystem.isDirectory(directory) else {
            return (nil, [.error("theme '\(name)' not found: expected a folder \(displayPath)")])
        }
        let (strings, stringFiles, stringProblems) = ThemeStrings.load(
            directory: directory, displayPath: displayPath, language: language, overrides: stringOverrides,
            fileSystem: fileSystem)
        guard let strings else { return (nil, stringProblems) }
        var diagnostics: [Diagnostic] = []
        var parsedTemplates: [String: ThemeTemplate] = [:]
        var sources: [String: SourceText] = [:]
        // Parsing is most of loading a theme, and every template is parsed on its own.
        let files = fileSystem.listFiles(directory + "/templates").filter { $0.hasSuffix(".mustache") }
        let templates = Parallel.blockingMap(files) {
            readTemplate($0, directory: directory, displayPath: displayPath, strings: strings, fileSystem: fileSystem)
        }
        for template in templates {
            diagnostics += template.diagnostics
            if let source = template.source { sources[template.name] = source }
            if let parsed = template.parsed { parsedTemplates[template.name] = parsed }
        }
        let names = Set(sources.keys)
        diagnostics += missingPartials(in: sources, available: names)
        for required in requiredTemplates where !names.contains(required) {
            diagnostics.append(
                .error(
                    "theme '\(name)' has no template '\(required)': add \(displayPath)/templates/\(required).mustache"))
        }
        var assets: [(String, Data)] = []
        for file in fileSystem.listFiles(directory + "/assets")
        where !file.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            if let target = fileSystem.escape(directory + "/assets/" + file, directory) {
                diagnostics.append(
                    .error(
                        "refusing a symbolic link that leads outside the theme (to \(target))",
                        at: SourceLocation(file: "\(displayPath)/assets/\(file)", line: 1)))
                continue
            }
            guard let data = try? fileSystem.read(directory + "/assets/" + file) else {
                diagnostics.append(
                    .error(
                        "cannot read theme asset", at: SourceLocation(file: "\(displayPath)/assets/\(file)", line: 1)))
                continue
            }
            assets.append((file, data))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        // The site's overrides are in site.yaml, whose digest every page's inputs hold already.
        let digest = ContentDigest(
            parts: sources.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value.text] }
                + stringFiles.flatMap { [$0.path, $0.text] } + assets.flatMap { [$0.0, ContentDigest($0.1).hex] })
        return (
            Theme(
                name: name, templates: ThemeTemplateSet(parsedTemplates), assets: assets, templateNames: names,
                strings: strings,
                digest: digest), []
        )
    }

    /// One template file, read and parsed.
    private struct TemplateFile: Sendable {
        let name: String
        var source: SourceText?
        var parsed: ThemeTemplate?
        var diagnostics: [Diagnostic] = []
    }

    private static func readTemplate(
        _ file: String, directory: String, displayPath: String, strings: ThemeStrings, fileSystem: FileSystem
    ) -> TemplateFile {
        var template = TemplateFile(name: String(file.dropLast(".mustache".count)))
        let path = "\(displayPath)/templates/\(file)"
        if let target = fileSystem.escape(directory + "/templates/" + file, directory) {
            template.diagnostics.append(
                .error(
                    "refusing a symbolic link that leads outside the theme (to \(target))",
                    at: SourceLocation(file: path, line: 1)))
            return template
        }
        guard let data = try? fileSystem.read(directory + "/templates/" + file) else {
            template.diagnostics.append(.error("cannot read template", at: SourceLocation(file: path, line: 1)))
            return template
        }
        switch TextDecoder.decode(data, path: path) {
        case .failure(let diagnostic): template.diagnostics.append(diagnostic)
        case .success(let source):
            template.source = source
            let (text, missingStrings) = TemplateStrings.expand(source, with: strings)
            guard missingStrings.isEmpty else {
                template.diagnostics += missingStrings
                return template
            }
            do {
                // Strings are one line each, so the parser's lines are still the file's.
                template.parsed = try ThemeTemplate(templateText(text, name: template.name))
            } catch {
                template.diagnostics.append(
                    source.error("template error: \(error.message)", line: error.line, column: error.column))
            }
        }
        return template
    }

    /// A partial is inserted inline, so the line ending that editors add at the end of its file
    /// would land in the middle of the page's markup: drop it.
    private static func templateText(_ text: String, name: String) -> String {
        (name.hasPrefix("partials/") && text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }

    /// Every `{{> name}}` and `{{< name}}` must name a template of the theme: swift-mustache
    /// would silently render nothing.
    private static func missingPartials(in sources: [String: SourceText], available: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let open = Array("{{".utf8)
        let close = Array("}}".utf8)
        for (_, source) in sources {
            for lineNumber in 1...max(source.lineCount, 1) {
                guard let line = source.line(lineNumber) else { continue }
                let bytes = Array(line.utf8)
                var searchStart = 0
                while let tag = bytes[searchStart...].firstRange(of: open) {
                    searchStart = tag.upperBound
                    guard let marker = bytes[tag.upperBound...].first,
                        marker == UInt8(ascii: ">") || marker == UInt8(ascii: "<"),
                        let end = bytes[tag.upperBound...].firstRange(of: close)
                    else { continue }
                    let name = String(decoding: bytes[(tag.upperBound + 1)..<end.lowerBound], as: UTF8.self)
                        .trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, !available.contains(name) {
                        // Columns count Unicode scalars: the bytes that do not continue a UTF-8 sequence.
                        let column = bytes[..<tag.lowerBound].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                        diagnostics.append(
                            source.error(
                                "template error: partial '\(name)' does not exist", line: lineNumber, column: column,
                                note: Suggestion.note(for: name, in: available)))
                    }
                }
            }
        }
        return diagnostics
    }
}
