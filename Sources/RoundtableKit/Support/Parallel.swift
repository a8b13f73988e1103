import Dispatch

/// Structured concurrency for independent work: runs `transform` over every element on the
/// cooperative pool and returns the results in the input's order.
enum Parallel {
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        await withTaskGroup(of: (Int, Result).self) { group in
            for (index, element) in elements.enumerated() {
                group.addTask { (index, transform(element)) }
            }
            var results = [Result?](repeating: nil, count: elements.count)
            for await (index, result) in group { results[index] = result }
            return results.map { $0! }
        }
    }

    /// The same for synchronous callers: `transform` runs on every core, results in order.
    static func blockingMap<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots[index] = transform(elements[index])
        }
        return results.map { $0! }
    }
}
