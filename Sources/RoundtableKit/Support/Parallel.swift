import Dispatch
import Foundation

/// Structured concurrency for independent work: runs `transform` over every element on the
/// cooperative pool and returns the results in the input's order.
package enum Parallel {
    /// Elements go to tasks in runs: a task per element costs more than loading a small file,
    /// and sixteen runs per core still balance uneven work.
    package static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        let runLength = max(1, elements.count / (ProcessInfo.processInfo.activeProcessorCount * 16))
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            for start in stride(from: 0, to: elements.count, by: runLength) {
                let run = elements[start..<min(start + runLength, elements.count)]
                group.addTask { (start, run.map(transform)) }
            }
            var runs: [(Int, [Result])] = []
            for await run in group { runs.append(run) }
            return runs.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// The same for synchronous callers: `transform` runs on every core, results in order.
    package static func blockingMap<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots[index] = transform(elements[index])
        }
        return results.map { $0! }
    }
}
