/// The node table of a finished parse, owned by the result: looks nodes up by their text.
///
/// It is never changed after the parse, so sharing it between threads is safe.
final class ModGraphTextLookup: @unchecked Sendable {
    private let table: NodeTable

    init(_ table: NodeTable) {
        var table = table
        table.freeze()
        self.table = table
    }

    deinit { table.deallocate() }

    /// The index of the node printed as `text` (`path@version` or a bare path).
    func index(of text: String) -> Int32? {
        var text = text
        return text.withUTF8 { b in
            guard let p = b.baseAddress else { return nil }
            return table.find(p, b.count, NodeTable.hash(p, b.count))
        }
    }
}
