import Foundation

/// Where the benchmark puts the trees it replaces, to delete them only when every measurement
/// is done. On ext4 without a journal (this machine's disk), inodes freed in the last one to
/// six minutes are skipped one by one when new ones are allocated (the kernel's
/// `recently_deleted`), so a build run right after deleting a large tree spends seconds in the
/// kernel whichever tool it is. Moving trees aside keeps that cost out of every tool's figures.
struct Trash {
    let folder: URL

    init(_ folder: URL) {
        self.folder = folder
    }

    /// Moves `item` out of the way, if it exists.
    func discard(_ item: URL) throws {
        guard FileManager.default.fileExists(atPath: item.path) else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: item, to: folder.appendingPathComponent(UUID().uuidString))
    }

    func empty() {
        try? FileManager.default.removeItem(at: folder)
    }
}
