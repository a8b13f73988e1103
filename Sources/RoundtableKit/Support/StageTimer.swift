import Foundation

/// Prints how long each stage of a build took, to standard error, when the environment sets
/// `ROUNDTABLE_TIMINGS=1`: the first thing to look at before profiling a slow build.
package struct StageTimer {
    package init() {}

    private let enabled = ProcessInfo.processInfo.environment["ROUNDTABLE_TIMINGS"] == "1"
    private var last = DispatchTime.now().uptimeNanoseconds

    package mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data(String(format: "%8.1f ms  %@\n", Double(now - last) / 1e6, stage).utf8))
        last = now
    }
}
