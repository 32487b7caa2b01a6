import ModGraphCore

extension VendorVerification.Stage {
    /// The progress bar's words for the stage (short: the bar fits in 80 columns).
    var progressText: String {
        switch self {
        case .consistency(let version): "go\(version)'s vendor check"
        case .tree: "reading the vendor tree"
        case .buildList: "reading the build list"
        case .drift: "comparing with the build list"
        case .cache(let modules): "comparing \(modules) module\(modules == 1 ? "" : "s") to the cache"
        }
    }
}
