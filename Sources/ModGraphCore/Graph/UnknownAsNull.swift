/// A figure that may be unknown: JSON writes nil as `null` instead of leaving the key out, so a
/// reader sees the figure is unknown (synthesized `Encodable` would omit it).
@propertyWrapper
struct UnknownAsNull<Value: Encodable & Hashable & Sendable>: Encodable, Hashable, Sendable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let wrappedValue {
            try c.encode(wrappedValue)
        } else {
            try c.encodeNil()
        }
    }
}
