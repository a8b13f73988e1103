import Foundation

extension ThemeStrings {
    /// Reads `<directory>/strings/en.yaml` and, for a site in `pt-BR`, `pt.yaml` and `pt-BR.yaml`
    /// over it where they exist; then the site's own `overrides`. A key missing from a translation
    /// falls back to English; a key that English lacks is a mistake wherever it is written.
    /// Returns the files read too, for the theme's digest.
    static func load(
        directory: String, displayPath: String, language: String, overrides: [StringEntry], fileSystem: FileSystem
    ) -> (strings: ThemeStrings?, files: [SourceText], diagnostics: [Diagnostic]) {
        let available = Set(fileSystem.files(in: directory + "/strings", suffix: ".yaml"))
        guard available.contains("en.yaml") else {
            return (nil, [], [.error("the theme has no English strings: add \(displayPath)/strings/en.yaml")])
        }
        var files: [SourceText] = []
        var diagnostics: [Diagnostic] = []
        func read(_ name: String) -> [StringEntry] {
            let (source, entries, problems) = readFile(
                name, directory: directory, displayPath: displayPath,
                fileSystem: fileSystem)
            if let source { files.append(source) }
            diagnostics += problems
            return entries
        }
        var texts: [String: String] = [:]
        for entry in read("en.yaml") { texts[entry.key] = entry.text }
        let english = texts
        let translations = languageFiles(for: language).filter(available.contains)
        let layers =
            translations.map { (read($0), "\(displayPath)/strings/\($0)") }
            + [(overrides, "site.yaml's strings")]
        for (entries, place) in layers {
            for entry in entries {
                guard english[entry.key] != nil else {
                    let note = Suggestion.note(for: entry.key, in: english.keys) ?? "en.yaml has no such key"
                    diagnostics.append(entry.error("unknown string '\(entry.key)' in \(place)", note: note))
                    continue
                }
                texts[entry.key] = entry.text
            }
        }
        let englishFile = SourceLocation(file: "\(displayPath)/strings/en.yaml", line: 1)
        for key in keysTheGeneratorUses where english[key] == nil {
            diagnostics.append(.error("en.yaml has no string '\(key)', which the generator uses", at: englishFile))
        }
        return (diagnostics.isEmpty ? ThemeStrings(texts: texts) : nil, files, diagnostics)
    }

    /// `pt-BR` → `pt.yaml`, `pt-BR.yaml`: the least specific first, so that the most specific wins.
    /// English is the base every theme has, not a translation of itself.
    static func languageFiles(for language: String) -> [String] {
        let parts = language.split(separator: "-")
        let names = parts.indices.map { parts[...$0].joined(separator: "-") + ".yaml" }
        return names.filter { $0.lowercased() != "en.yaml" }
    }

    private static func readFile(
        _ name: String, directory: String, displayPath: String, fileSystem: FileSystem
    ) -> (SourceText?, [StringEntry], [Diagnostic]) {
        let path = "\(directory)/strings/\(name)"
        let shown = "\(displayPath)/strings/\(name)"
        if let target = fileSystem.escape(path, directory) {
            let message = "refusing a symbolic link that leads outside the theme (to \(target))"
            return (nil, [], [.error(message, at: SourceLocation(file: shown, line: 1))])
        }
        guard let data = try? fileSystem.read(path) else {
            return (nil, [], [.error("cannot read strings file", at: SourceLocation(file: shown, line: 1))])
        }
        switch TextDecoder.decode(data, path: shown) {
        case .failure(let diagnostic): return (nil, [], [diagnostic])
        case .success(let source):
            let context = YAMLContext(source: source, lineOffset: 0)
            let (node, problems) = context.parse(source.text)
            guard let node else { return (source, [], problems) }
            let (entries, diagnostics) = StringEntry.entries(in: node, context: context, subject: "a strings file")
            return (source, entries, diagnostics)
        }
    }
}
