import Foundation

/// The default theme, compiled into the executable (from themes/default/ by scripts/embed-theme),
/// so that a site needs no themes/ folder: it is used when the site asks for the theme
/// `default` and has no folder of that name. `roundtable theme eject` writes it out for editing.
public enum BuiltInTheme {
    public static let name = "default"
    /// How diagnostics and notes name it.
    static let displayPath = "the built-in theme"
    /// Where the files seem to be, for the loader; no such folder exists on disk.
    static let directory = "/(built-in)/default"

    static let fileSystem = FileSystem.memory(
        bytes: Dictionary(uniqueKeysWithValues: files.map { (directory + "/" + $0.key, Data($0.value.utf8)) }))

    /// Stands for the theme's files in a build's inputs: a new executable with another theme
    /// renders every page again.
    package static let digest = ContentDigest(
        Data(files.sorted { $0.key < $1.key }.map { $0.key + "\u{0}" + $0.value + "\u{0}" }.joined().utf8))

    /// The theme's files by path inside the theme folder (`templates/base.mustache`).
    public static var contents: [String: Data] { files.mapValues { Data($0.utf8) } }

    /// Whether a site with these folders is built with the built-in theme.
    static func isUsed(themeName: String, themesDirectory: String, fileSystem: FileSystem) -> Bool {
        themeName == name && !fileSystem.isDirectory(themesDirectory + "/" + name)
    }

    /// Writes the theme into `<themesDirectory>/default/`, refusing to replace a folder that exists.
    public static func eject(into themesDirectory: String) throws -> String {
        let target = themesDirectory + "/" + name
        guard !FileManager.default.fileExists(atPath: target) else { throw EjectRefused(path: target) }
        for (path, data) in contents.sorted(by: { $0.key < $1.key }) {
            let file = URL(fileURLWithPath: target + "/" + path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }
        return target
    }

    public struct EjectRefused: Error, CustomStringConvertible {
        public let path: String
        public var description: String {
            "\(path) exists; move it away first if you want a fresh copy of the built-in theme"
        }
    }
}
