import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Calls `changed` once for each burst of changes under the watched folders: with inotify on
/// Linux (every folder watched, new folders as they appear), elsewhere by asking `poll` twice a
/// second. A burst ends when the folders have been quiet for `quiet` (editors write a file in
/// several steps, or a new file and a rename). `changed` is given the path of every file whose
/// entry changed in the burst, or nil when the watcher cannot vouch for the list (a folder
/// created, moved or removed; events lost; polling): then the build must look at everything.
final class FileWatcher: @unchecked Sendable {
    private let folders: [String]
    private let quiet: Duration
    private let changed: @Sendable (_ paths: Set<String>?) -> Void
    private let poll: @Sendable () -> Bool
    private let lock = NSLock()
    private var stopped = false

    /// `poll` says whether anything changed since it was last asked (the fallback without inotify).
    init(
        folders: [String], quiet: Duration = .milliseconds(8), poll: @escaping @Sendable () -> Bool,
        changed: @escaping @Sendable (_ paths: Set<String>?) -> Void
    ) {
        self.folders = folders
        self.quiet = quiet
        self.poll = poll
        self.changed = changed
    }

    func start() {
        let thread = Thread { [self] in
            #if os(Linux)
                if watchWithINotify() { return }
            #endif
            watchByPolling()
        }
        thread.name = "roundtable-watch"
        thread.start()
    }

    func stop() { lock.withLock { stopped = true } }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func watchByPolling() {
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.5)
            if poll() { changed(nil) }
        }
    }

    #if os(Linux)
        /// False when inotify is not available (then the folders are polled).
        private func watchWithINotify() -> Bool {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            let mask = UInt32(
                IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB
                    | IN_DELETE_SELF | IN_MOVE_SELF)
            var folderOf: [Int32: String] = [:]
            func watch(_ folder: String) {
                let watchID = inotify_add_watch(descriptor, folder, mask | UInt32(IN_ONLYDIR))
                guard watchID >= 0 else { return }
                folderOf[watchID] = folder
                let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                for entry in entries.sorted() {
                    var isDirectory: ObjCBool = false
                    let path = folder + "/" + entry
                    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                        watch(path)
                    }
                }
            }
            for folder in folders where FileManager.default.fileExists(atPath: folder) { watch(folder) }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            let quietMilliseconds = Int32(quiet.components.attoseconds / 1_000_000_000_000_000)
            var pending = false
            // Nil once the burst has an event that names no single file.
            var paths: Set<String>? = []
            while !isStopped {
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = Glibc.poll(&request, 1, pending ? max(quietMilliseconds, 1) : 250)
                if ready <= 0 {
                    // Quiet since the last change (or nothing yet): a burst is over.
                    if pending, ready == 0 {
                        pending = false
                        changed(paths)
                        paths = []
                    }
                    // The watched folders themselves may have been created since.
                    for folder in folders where !folderOf.values.contains(folder) {
                        if FileManager.default.fileExists(atPath: folder) {
                            watch(folder)
                            pending = true
                            paths = nil
                        }
                    }
                    continue
                }
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else { continue }
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let (watchID, eventMask, nameLength, name) = buffer.withUnsafeBytes { raw in
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        let start = offset + MemoryLayout<inotify_event>.size
                        let nameBytes = raw[start..<start + Int(event.len)].prefix { $0 != 0 }
                        return (event.wd, event.mask, Int(event.len), String(decoding: nameBytes, as: UTF8.self))
                    }
                    offset += MemoryLayout<inotify_event>.size + nameLength
                    if eventMask & UInt32(IN_IGNORED) != 0 {
                        folderOf[watchID] = nil
                        continue
                    }
                    // A folder's own event, or lost events: no single file to name.
                    let namesNoFile = eventMask & UInt32(IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF | IN_Q_OVERFLOW) != 0
                    if eventMask & UInt32(IN_ISDIR) != 0, eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                        let parent = folderOf[watchID]
                    {
                        watch(parent + "/" + name)
                    }
                    if let folder = folderOf[watchID], !name.isEmpty, !namesNoFile {
                        paths?.insert(folder + "/" + name)
                    } else {
                        paths = nil
                    }
                    if !Self.isEditorScratch(name) || namesNoFile { pending = true }
                }
            }
            return true
        }
    #endif

    /// Files editors make beside the one being edited, which no build reads: vim's swap files
    /// and its `4913` probe, backups ending in `~`, Emacs's `.#lock` and `#autosave#`.
    static func isEditorScratch(_ name: String) -> Bool {
        name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913"
            || name.hasPrefix(".#") || name.hasPrefix("#") && name.hasSuffix("#")
    }
}
