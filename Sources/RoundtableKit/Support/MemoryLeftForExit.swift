import Foundation

/// What a one-shot build leaves to the operating system instead of freeing it value by value:
/// the loaded site, the cache and the rendered file list hold tens of thousands of strings, and
/// releasing them one by one took about 5% of a one-topic rebuild, just before the process
/// ended anyway. A long-running caller (tests, a preview server) frees as usual.
package enum MemoryLeftForExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    package static func keep(_ values: Any...) {
        lock.withLock { kept.append(contentsOf: values) }
    }
}
