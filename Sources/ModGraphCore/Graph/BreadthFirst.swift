/// Breadth-first search over adjacency lists of node numbers: what the selected graph's depths,
/// `why`'s distances to its target and the graph views' distances are made of.
enum BreadthFirst {
    /// Shortest distances in edges from the nearest of `starts`, following `next` (successors,
    /// or predecessors for distances to the starts); -1 where not reached. `order` lists the
    /// reached nodes as they were reached, so by distance.
    static func search(from starts: [Int32], along next: [[Int32]]) -> (distance: [Int32], order: [Int32]) {
        var distance = [Int32](repeating: -1, count: next.count)
        var queue: [Int32] = []
        queue.reserveCapacity(next.count)
        for s in starts where distance[Int(s)] < 0 {
            distance[Int(s)] = 0
            queue.append(s)
        }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in next[Int(v)] where distance[Int(w)] < 0 {
                distance[Int(w)] = distance[Int(v)] + 1
                queue.append(w)
            }
        }
        return (distance, queue)
    }
}
