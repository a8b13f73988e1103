import Foundation

/// The floor: benchmark/floor.c, the least work the build must do for the topics (libyaml,
/// libcmark, a folder and a file per page, two threads), compiled for this run with the C
/// compiler. Without a compiler or libyaml's headers there is no floor column.
enum Floor {
    static func build(project: URL, into work: URL) -> String? {
        guard let compiler = Tools.find("cc") else { return nil }
        let executable = work.appendingPathComponent("floor").path
        try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let source = project.appendingPathComponent("benchmark/floor.c").path
        guard
            let compiled = try? Measurement.run(
                compiler, ["-O2", "-o", executable, source, "-lcmark", "-lyaml", "-lpthread"], in: project),
            compiled.status == 0
        else {
            FileHandle.standardError.write(Data("cannot compile \(source): no floor column\n".utf8))
            return nil
        }
        return executable
    }
}
