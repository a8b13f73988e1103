import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One run of a command: wall time and the peak resident memory of that process alone
/// (from wait4, so earlier runs do not count).
struct Measurement {
    let seconds: Double
    let peakMegabytes: Double
    let status: Int32

    static func run(_ executable: String, _ arguments: [String], in directory: URL, quiet: Bool = true) throws
        -> Measurement
    {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let previousDirectory = FileManager.default.currentDirectoryPath
        guard FileManager.default.changeCurrentDirectoryPath(directory.path) else {
            throw BenchmarkError("cannot enter \(directory.path)")
        }
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previousDirectory) }
        let started = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchmarkError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return Measurement(
            seconds: elapsed, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }

    /// The fastest of `times` runs: the least disturbed by whatever else the machine does.
    static func best(of times: Int, prepare: () throws -> Void = {}, _ run: () throws -> Measurement) throws
        -> Measurement
    {
        var best: Measurement?
        for _ in 0..<times {
            try prepare()
            let measurement = try run()
            guard measurement.status == 0 else {
                throw BenchmarkError("a measured command failed with status \(measurement.status)")
            }
            if best == nil || measurement.seconds < best!.seconds { best = measurement }
        }
        return best!
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
