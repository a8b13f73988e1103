import Foundation

/// The only way the generator reads files, so that tests can build a site from memory.
/// Paths are plain strings joined with `/`; listings are sorted and relative to the listed folder.
public struct FileSystem: Sendable {
    public var listFiles: @Sendable (_ directory: String) -> [String]
    public var read: @Sendable (_ path: String) throws -> Data
    public var isDirectory: @Sendable (_ path: String) -> Bool
    /// Where `path` really leads once symbolic links are followed, when that is outside `root`;
    /// nil when it stays inside.
    public var escape: @Sendable (_ path: String, _ root: String) -> String?
    /// Size, modification time and inode, or nil where the file system has none (in memory).
    package var status: @Sendable (_ path: String) -> FileStatus? = { _ in nil }

    public init(
        listFiles: @escaping @Sendable (String) -> [String],
        read: @escaping @Sendable (String) throws -> Data,
        isDirectory: @escaping @Sendable (String) -> Bool,
        escape: @escaping @Sendable (String, String) -> String? = { _, _ in nil }
    ) {
        self.listFiles = listFiles
        self.read = read
        self.isDirectory = isDirectory
        self.escape = escape
    }

    package init(
        listFiles: @escaping @Sendable (String) -> [String],
        read: @escaping @Sendable (String) throws -> Data,
        isDirectory: @escaping @Sendable (String) -> Bool,
        escape: @escaping @Sendable (String, String) -> String?,
        status: @escaping @Sendable (String) -> FileStatus?
    ) {
        self.init(listFiles: listFiles, read: read, isDirectory: isDirectory, escape: escape)
        self.status = status
    }

    /// Files in `directory` itself (not below it) whose names end in `suffix`.
    func files(in directory: String, suffix: String) -> [String] {
        listFiles(directory).filter {
            !$0.utf8.contains(UInt8(ascii: "/")) && $0.hasSuffix(suffix) && !$0.hasPrefix(".")
        }
    }
}

extension FileSystem {
    /// The real disk.
    public static let disk = FileSystem(
        listFiles: { directory in FolderWalk.files(below: directory).sorted() },
        read: { path in
            guard let data = FileReader.data(path) else {
                throw CocoaError(
                    FileManager.default.fileExists(atPath: path) ? .fileReadNoPermission : .fileReadNoSuchFile)
            }
            return data
        },
        isDirectory: { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        },
        escape: { path, root in
            guard let real = realpath(path, nil), let realRoot = realpath(root, nil) else { return nil }
            defer {
                free(real)
                free(realRoot)
            }
            let resolved = String(cString: real)
            let resolvedRoot = String(cString: realRoot)
            return resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot == "/" ? "/" : resolvedRoot + "/")
                ? nil : resolved
        },
        status: FileStatus.of
    )

    /// A file system held in memory: `["content/site.yaml": "title: …"]`.
    public static func memory(_ files: [String: String]) -> FileSystem {
        memory(bytes: files.mapValues { Data($0.utf8) })
    }

    /// The same, with raw bytes, for files that are not valid text.
    public static func memory(bytes data: [String: Data]) -> FileSystem {
        FileSystem(
            listFiles: { directory in
                let prefix = directory.isEmpty ? "" : directory + "/"
                return data.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
            },
            read: { path in
                guard let bytes = data[path] else { throw CocoaError(.fileReadNoSuchFile) }
                return bytes
            },
            isDirectory: { path in
                let prefix = path + "/"
                return data.keys.contains { $0.hasPrefix(prefix) }
            }
        )
    }
}
