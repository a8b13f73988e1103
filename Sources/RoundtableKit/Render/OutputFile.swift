import Foundation

/// A file the build wants in output/: its path there and its bytes. Renderers only return these;
/// the publish stage is the only one that writes.
public struct OutputFile: Sendable, Equatable {
    public let path: String
    public let bytes: Data

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Data(text.utf8))
    }
}
