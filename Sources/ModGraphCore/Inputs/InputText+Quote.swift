extension InputText {
    /// `s` in double quotes with `"`, `\` and control characters escaped, for messages.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value) {
                    let hex = String(u.value, radix: 16)
                    out += u.value < 0x100 ? "\\x" + (hex.count == 1 ? "0" + hex : hex) : "\\u" + hex
                } else if Escaping.isInvisible(u) {
                    // Go's escapes: \u with exactly four hex digits, \U with eight.
                    let hex = String(u.value, radix: 16)
                    out += u.value <= 0xFFFF
                        ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                        : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
