import Foundation

/// Turns a file's bytes into the text the rest of the pipeline sees: UTF-8, without a byte-order
/// mark, with LF line endings. Anything else is a diagnostic, never a crash.
public enum TextDecoder {
    public static func decode(_ data: Data, path: String) -> Result<SourceText, Diagnostic> {
        data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                let line = invalidLine(Array(bytes))
                return .failure(
                    .error(
                        "file is not valid UTF-8 (first bad byte on line \(line)); save it as UTF-8",
                        at: SourceLocation(file: path, line: line)))
            }
            if contains(0, in: bytes) {
                return .failure(
                    .error("file contains a NUL byte: is it a binary file?", at: SourceLocation(file: path, line: 1)))
            }
            let normalised =
                contains(0x0D, in: bytes)
                ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
            return .success(SourceText(path: path, text: normalised))
        }
    }

    private static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    private static func invalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length == 0 { return line }
            if bytes[index] == 0x0A { line += 1 }
            index += length
        }
        return line
    }

    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let sequence = Array(bytes[index..<index + length])
        return String(validating: sequence, as: UTF8.self) == nil ? 0 : length
    }
}
