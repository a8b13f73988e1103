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
}
