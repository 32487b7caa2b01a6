import Foundation

extension ReportFolder {
    /// Writes `reports` as the whole content of `output/name` (see `write(_:streams:to:name:protecting:)`).
    static func write(
        _ reports: ReportSet, to output: String, name: String, protecting inputs: ProtectedInputs
    ) throws(OutputError) -> Written {
        try write(reports.bytes, streams: reports.streams, to: output, name: name, protecting: inputs)
    }
}
