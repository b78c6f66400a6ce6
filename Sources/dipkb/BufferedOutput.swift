import Foundation

/// Standard output written in pieces of about `capacity` bytes: one write(2) per row would
/// cost a system call per line of a long result, one write of everything would hold it all.
final class BufferedOutput {
    /// Large enough that a system call is rare, small enough that rows appear promptly.
    static let capacity = 64 * 1024

    private var buffer = Data()

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.capacity { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try StandardStreams.output(buffer)
    }
}
