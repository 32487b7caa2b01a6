import Foundation

/// `map` spread over the cores, results in order.
enum ConcurrentMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
        let box = ResultBox<R>(items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            box.set(i, body(items[i]))
        }
        return box.results.map { $0! }
    }
}

/// Results written from several threads, one slot each.
final class ResultBox<R: Sendable>: @unchecked Sendable {
    private(set) var results: [R?]
    private let lock = NSLock()

    init(_ n: Int) { results = Array(repeating: nil, count: n) }

    func set(_ i: Int, _ r: R) {
        lock.lock()
        results[i] = r
        lock.unlock()
    }
}
