import Foundation

/// The files copied into the site as they are: the static folder's, and the attachments in
/// content/.
extension SiteLoader {
    /// Every file of the static folder except version-control and desktop clutter.
    func readStaticFiles() -> ([(path: String, bytes: Data)], [Diagnostic]) {
        guard let folder = staticDirectory, fileSystem.isDirectory(folder) else { return ([], []) }
        let paths = fileSystem.listFiles(folder).filter { path in
            let components = path.split(separator: "/")
            return !components.contains(".git") && components.last != ".DS_Store"
        }
        let (files, problems) = readFiles(paths, in: folder, name: "the static folder") { "\(folder)/\($0)" }
        return (files.map { ($0.path, $0.bytes) }, problems)
    }

    /// Every attachment in content/.
    func readAttachments() -> ([Attachment], [Diagnostic]) {
        let paths = fileSystem.listFiles(contentDirectory).filter { Attachment.kind(of: $0) == .attachment }
        let (files, problems) = readFiles(paths, in: contentDirectory, name: "the content folder", shown: displayPath)
        return (files.map { Attachment(path: $0.path, bytes: $0.bytes) }, problems)
    }

    /// Reads each file, refusing a symbolic link that leads out of `folder`.
    private func readFiles(_ paths: [String], in folder: String, name: String, shown: (String) -> String) -> (
        [(path: String, bytes: Data)], [Diagnostic]
    ) {
        var files: [(String, Data)] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            let location = SourceLocation(file: shown(path), line: 1)
            if let target = fileSystem.escape(folder + "/" + path, folder) {
                diagnostics.append(
                    .error("refusing a symbolic link that leads outside \(name) (to \(target))", at: location))
                continue
            }
            do {
                files.append((path, try fileSystem.read(folder + "/" + path)))
            } catch {
                diagnostics.append(.error("cannot read file", at: location))
            }
        }
        return (files, diagnostics)
    }
}
